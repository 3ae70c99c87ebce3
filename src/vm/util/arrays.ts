/**
 * Array makers for hot paths. `new Array(n).fill(x)` calls a C++ builtin (and migrates the
 * array's elements kind on the way), which costs far more than writing n slots from JS for the
 * small n of set tables, slot values and argument vectors.
 *
 * Both return holey-kind JS arrays (`new Array(n)` then written), like frames' `lp`, so every
 * consumer of these arrays sees one elements kind.
 */
export function nullArray<T>(n: number): (T | null)[] {
  const a = new Array<T | null>(n);
  for (let i = 0; i < n; i++) a[i] = null;
  return a;
}

export function zeroArray(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = 0;
  return a;
}
