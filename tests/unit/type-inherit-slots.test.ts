import { describe, expect, it } from 'vitest';
import { inheritSlotsFrom, slotTable, type TypeSlots } from '../../src/vm/objects/type';

// inheritSlotsFrom writes every slot out by name; a slot added to TypeSlots (slotTable) must be
// inherited too, or subclasses silently lose it.
describe('inheritSlotsFrom', () => {
  const keys = Object.keys(slotTable({})).filter((k) => k !== 'nb');
  const base = (): TypeSlots => {
    const b: Record<string, unknown> = {};
    for (const k of keys) b[k] = () => k;
    return b as TypeSlots;
  };

  it('copies every slot of slotTable that the type lacks', () => {
    const s = slotTable({});
    inheritSlotsFrom(s, base(), false);
    for (const k of keys) expect(typeof (s as Record<string, unknown>)[k], k).toBe('function');
    expect(s.nb).toBeUndefined();
  });

  it('keeps the slots the type has, and hash/richcompare only as a pair when pairOwn', () => {
    const own = () => 'own';
    const s = slotTable({ repr: own as unknown as TypeSlots['repr'] });
    inheritSlotsFrom(s, base(), true);
    expect(s.repr).toBe(own);
    expect(s.hash).toBeUndefined();
    expect(s.richcompare).toBeUndefined();
    expect(typeof s.str).toBe('function');
  });
});
