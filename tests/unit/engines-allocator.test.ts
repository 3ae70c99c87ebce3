/**
 * The pymalloc model's geometry and bookkeeping (CPython 3.12, 64-bit) and the layout of
 * sys._debugmallocstats' pymalloc section.
 */
import { describe, it, expect } from 'vitest';
import { PyMalloc, formatMallocStats, sizeClass, blocksPerPool, statLine, freeListLine, ARENA_SIZE, POOL_SIZE } from '../../src/vm/runtime/allocator';

describe('pymalloc model', () => {
  it('size classes and pool capacities', () => {
    expect(sizeClass(1)).toBe(0);
    expect(sizeClass(16)).toBe(0);
    expect(sizeClass(17)).toBe(1);
    expect(sizeClass(512)).toBe(31);
    expect(blocksPerPool(0)).toBe(1021);
    expect(blocksPerPool(31)).toBe(31);
  });

  it('accounts every arena byte and reuses freed blocks last-freed-first', () => {
    const pm = new PyMalloc();
    const hs: number[] = [];
    for (let i = 0; i < 5000; i++) hs.push(pm.malloc(1 + (i * 37) % 512));
    for (let i = 0; i < hs.length; i += 3) pm.free(hs[i]!);
    const a = pm.malloc(32), b = pm.malloc(32);
    pm.free(a);
    expect(pm.malloc(32)).toBe(a);
    void b;
    const s = pm.stats();
    const total = s.allocatedBytes + s.availableBytes + s.freePools * POOL_SIZE + s.poolHeaderBytes + s.quantization + s.alignment;
    expect(total).toBe(s.arenasCurrent * ARENA_SIZE);
    expect(s.classes.reduce((n, c) => n + c.blocks, 0)).toBe(pm.allocatedBlocks);
  });

  it('keeps the only arena with room, releases a wholly free one when another has room', () => {
    const one = new PyMalloc();
    const xs: number[] = [];
    for (let i = 0; i < 63 * 31 * 2; i++) xs.push(one.malloc(512));
    for (const h of xs.slice(0, 63 * 31)) one.free(h);
    expect(one.stats().arenasCurrent).toBe(2);
    const pm = new PyMalloc();
    const hs: number[] = [];
    for (let i = 0; i < 63 * 31 * 2; i++) hs.push(pm.malloc(512));
    expect(pm.stats().arenasCurrent).toBe(2);
    // The second arena gets a free pool first; then the first empties completely and goes back.
    for (const h of hs.slice(hs.length - 31)) pm.free(h);
    for (const h of hs.slice(0, 63 * 31)) pm.free(h);
    const s = pm.stats();
    expect(s.arenasCurrent).toBe(1);
    expect(s.arenasAllocatedTotal).toBe(2);
    expect(s.arenasHighwater).toBe(2);
  });

  it('raw requests (0 bytes, > 512) stay out of the pools', () => {
    const pm = new PyMalloc();
    const r = pm.malloc(4096);
    const z = pm.malloc(0);
    expect(pm.classOf(r)).toBe(-1);
    expect(pm.classOf(z)).toBe(-1);
    expect(pm.stats().classes.length).toBe(0);
    pm.free(r); pm.free(z);
    expect(pm.allocatedBlocks).toBe(0);
  });

  it('prints CPython layout', () => {
    expect(statLine('# arenas allocated total', 2)).toBe('# arenas allocated total           =                    2\n');
    expect(statLine('2 arenas * 1048576 bytes/arena', 2097152)).toBe('2 arenas * 1048576 bytes/arena     =            2,097,152\n');
    expect(freeListLine('free PyDictObject', 14, 48)).toBe('           14 free PyDictObjects * 48 bytes each =                  672\n');
    const pm = new PyMalloc();
    pm.malloc(20);
    const text = formatMallocStats(pm.stats());
    expect(text.startsWith('Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   blocks in use  avail blocks\n')).toBe(true);
    expect(text).toContain('    1     32           1               1           509\n');
    expect(text).toContain('# bytes lost to arena alignment    =               16,384\n');
  });
});
