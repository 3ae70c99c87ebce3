/**
 * A model of CPython 3.12's small-object allocator (pymalloc, Objects/obmalloc.c) on 64-bit Linux,
 * fed with the requests the object model would make (see memmodel.ts), so the debugger and
 * `sys._debugmallocstats()` can show size classes, pools and arenas.
 *
 * Geometry (64-bit 3.12): requests of 1..512 bytes are rounded up to 16 bytes → 32 size classes,
 * class index (n-1)>>4. Pools are 16 KiB with a 48-byte header; a pool holds blocks of one class
 * (1021 blocks of 16 bytes ... 31 of 512). Arenas are 1 MiB obtained with mmap, which aligns them
 * to pages, not pools: the first partial pool is lost, so an arena carves 63 pools and reports
 * 16 KiB "lost to arena alignment". Zero-byte and larger requests go to the raw allocator.
 *
 * Invariants:
 * - A pool is in exactly one state: used (in `used[cls]`, 0 < count < capacity), full (count ===
 *   capacity, in no list) or free (count === 0, in its arena's `freePools`).
 * - `used[cls][0]` is the pool the next request of that class is served from (CPython's usedpools
 *   front); a pool that gets a free block back after being full is put at the front.
 * - Within a pool, freed blocks are reused last-freed-first before untouched space is carved.
 * - `usable` lists arenas with a free or uncarved pool, most-used first (fewest free pools),
 *   so allocation packs into busy arenas and lightly used ones can empty and be released.
 * - Blocks are named by small-integer handles (fast map keys): pool serial × 1024 + block index
 *   for small blocks, RAW_HANDLE + serial for raw ones; `address(h)` gives the fake but consistent
 *   address (pool base + 48 + index × size) the debugger shows.
 */

export const ALIGNMENT = 16;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NUM_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_SIZE = 16384;
export const POOL_OVERHEAD = 48;
export const ARENA_SIZE = 1 << 20;
/** Usable pools of an mmap'ed arena: its first, page-aligned partial pool is skipped. */
const POOLS_PER_ARENA = ARENA_SIZE / POOL_SIZE - 1;
/** mmap returns page-aligned addresses: arena bases sit one page past a pool boundary. */
const ARENA_BASE = 0x7f2a00000000 + 4096;
const RAW_BASE = 0x560000000000;
const RAW_HANDLE = 0x40000000;

export function sizeClass(n: number): number {
  return (n - 1) >> 4;
}
export function classSize(cls: number): number {
  return (cls + 1) << 4;
}
export function blocksPerPool(cls: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / classSize(cls));
}

export class Pool {
  count = 0;
  /** Next never-used block index. */
  next = 0;
  freeBlocks: number[] = [];
  cls = -1;
  capacity = 0;
  constructor(readonly arena: Arena, readonly index: number, readonly base: number, readonly serial: number) {}
}

export class Arena {
  pools: Pool[] = [];
  /** Pools emptied after use, reused before carving new ones (LIFO). */
  freePools: Pool[] = [];
  /** Free pools: emptied ones plus the not yet carved. */
  nfree = POOLS_PER_ARENA;
  readonly base: number;
  constructor(readonly serial: number) {
    this.base = ARENA_BASE + serial * 2 * ARENA_SIZE;
  }
  /** First pool boundary inside the arena (the partial page-aligned head is lost). */
  get firstPool(): number {
    return (Math.floor(this.base / POOL_SIZE) + 1) * POOL_SIZE;
  }
}

export interface AllocatorStats {
  classes: { cls: number; size: number; pools: number; blocks: number; avail: number }[];
  arenasAllocatedTotal: number;
  arenasCurrent: number;
  arenasHighwater: number;
  freePools: number;
  allocatedBytes: number;
  availableBytes: number;
  poolHeaderBytes: number;
  quantization: number;
  alignment: number;
  rawBlocks: number;
  rawBytes: number;
}

export class PyMalloc {
  private used: Pool[][] = Array.from({ length: NUM_CLASSES }, () => []);
  private arenas: Arena[] = [];
  private usable: Arena[] = [];
  private poolById: (Pool | null)[] = [];
  private arenaSerial = 0;
  private arenasTotal = 0;
  private highwater = 0;
  private raw = new Map<number, number>();
  private rawAddr = new Map<number, number>();
  private rawSerial = 0;
  private rawNext = RAW_BASE;
  /** Blocks handed out by malloc and not freed (sys.getallocatedblocks). */
  allocatedBlocks = 0;

  malloc(n: number): number {
    this.allocatedBlocks++;
    if (n === 0 || n > SMALL_REQUEST_THRESHOLD) return this.rawMalloc(n);
    const cls = sizeClass(n);
    const list = this.used[cls]!;
    const pool = list.length ? list[0]! : this.newPool(cls);
    let idx: number;
    if (pool.freeBlocks.length) idx = pool.freeBlocks.pop()!;
    else idx = pool.next++;
    pool.count++;
    if (pool.count === pool.capacity) list.shift();
    return pool.serial * 1024 + idx;
  }

  free(h: number): void {
    this.allocatedBlocks--;
    if (h >= RAW_HANDLE) {
      if (!this.raw.delete(h)) throw new Error('pymalloc model: free of unknown block');
      this.rawAddr.delete(h);
      return;
    }
    const pool = this.poolById[h >> 10]!;
    const wasFull = pool.count === pool.capacity;
    pool.freeBlocks.push(h & 1023);
    pool.count--;
    const list = this.used[pool.cls]!;
    if (wasFull) list.unshift(pool);
    if (pool.count === 0) {
      list.splice(list.indexOf(pool), 1);
      this.releasePool(pool);
    }
  }

  /** realloc: same block when the size class (or raw-ness) is unchanged, else move. */
  realloc(addr: number, n: number): number {
    const pool = addr < RAW_HANDLE ? this.poolById[addr >> 10]! : null;
    if (pool) {
      if (n > 0 && n <= SMALL_REQUEST_THRESHOLD && sizeClass(n) === pool.cls) return addr;
      // pymalloc_realloc keeps a block that shrinks by less than a quarter.
      if (n > 0 && n <= SMALL_REQUEST_THRESHOLD && 4 * n > 3 * classSize(pool.cls)) return addr;
    } else if (this.raw.has(addr) && n > SMALL_REQUEST_THRESHOLD) {
      this.raw.set(addr, n);
      return addr;
    }
    const na = this.malloc(n);
    this.free(addr);
    return na;
  }

  /** Size class of a small block, or -1 for a raw block. */
  classOf(h: number): number {
    return h < RAW_HANDLE ? this.poolById[h >> 10]!.cls : -1;
  }

  /** The fake address of a block (what the debugger shows). */
  address(h: number): number {
    if (h >= RAW_HANDLE) return this.rawAddr.get(h) ?? 0;
    const pool = this.poolById[h >> 10]!;
    return pool.base + POOL_OVERHEAD + (h & 1023) * classSize(pool.cls);
  }

  private rawMalloc(n: number): number {
    const h = RAW_HANDLE + this.rawSerial++;
    this.rawAddr.set(h, this.rawNext);
    this.rawNext += Math.max(16, (n + 15) & ~15) + 16;
    this.raw.set(h, n);
    return h;
  }

  private newPool(cls: number): Pool {
    if (!this.usable.length) {
      const a = new Arena(this.arenaSerial++);
      this.arenas.push(a);
      this.arenasTotal++;
      this.highwater = Math.max(this.highwater, this.arenas.length);
      this.usable.unshift(a);
    }
    const arena = this.usable[0]!;
    let pool = arena.freePools.pop();
    if (!pool) {
      const i = arena.pools.length;
      pool = new Pool(arena, i, arena.firstPool + i * POOL_SIZE, this.poolById.length);
      arena.pools.push(pool);
      this.poolById.push(pool);
    }
    arena.nfree--;
    if (arena.nfree === 0) this.usable.shift();
    // A pool reused for its previous class keeps its free-block list; otherwise it is re-carved.
    if (pool.cls !== cls) {
      pool.cls = cls;
      pool.capacity = blocksPerPool(cls);
      pool.next = 0;
      pool.freeBlocks.length = 0;
    }
    this.used[cls]!.unshift(pool);
    return pool;
  }

  private releasePool(pool: Pool): void {
    const arena = pool.arena;
    arena.freePools.push(pool);
    arena.nfree++;
    const ui = this.usable.indexOf(arena);
    if (arena.nfree === POOLS_PER_ARENA && this.usable.length > (ui < 0 ? 0 : 1)) {
      // Wholly free and not the only arena with room: give it back to the OS.
      if (ui >= 0) this.usable.splice(ui, 1);
      this.arenas.splice(this.arenas.indexOf(arena), 1);
      for (const p of arena.pools) this.poolById[p.serial] = null;
      return;
    }
    if (ui >= 0) this.usable.splice(ui, 1);
    // Keep `usable` ordered by free-pool count (most used first), after equals.
    let at = 0;
    while (at < this.usable.length && this.usable[at]!.nfree <= arena.nfree) at++;
    this.usable.splice(at, 0, arena);
  }

  stats(): AllocatorStats {
    const pools = new Array<number>(NUM_CLASSES).fill(0);
    const blocks = new Array<number>(NUM_CLASSES).fill(0);
    const avail = new Array<number>(NUM_CLASSES).fill(0);
    let freePools = 0;
    for (const a of this.arenas) {
      freePools += a.nfree;
      for (const p of a.pools) {
        if (p.count === 0) continue;
        pools[p.cls]!++;
        blocks[p.cls]! += p.count;
        avail[p.cls]! += p.capacity - p.count;
      }
    }
    const s: AllocatorStats = {
      classes: [], arenasAllocatedTotal: this.arenasTotal, arenasCurrent: this.arenas.length,
      arenasHighwater: this.highwater, freePools, allocatedBytes: 0, availableBytes: 0,
      poolHeaderBytes: 0, quantization: 0, alignment: this.arenas.length * POOL_SIZE,
      rawBlocks: this.raw.size, rawBytes: 0,
    };
    for (const v of this.raw.values()) s.rawBytes += v;
    for (let c = 0; c < NUM_CLASSES; c++) {
      if (!pools[c]) continue;
      const size = classSize(c);
      s.classes.push({ cls: c, size, pools: pools[c]!, blocks: blocks[c]!, avail: avail[c]! });
      s.allocatedBytes += blocks[c]! * size;
      s.availableBytes += avail[c]! * size;
      s.poolHeaderBytes += pools[c]! * POOL_OVERHEAD;
      s.quantization += pools[c]! * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    return s;
  }
}

function commas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One "label = value" line of _debugmallocstats (label padded to 35, value right-aligned in 21). */
export function statLine(label: string, value: number): string {
  return label.padEnd(35) + '=' + commas(value).padStart(21) + '\n';
}

/** `_PyDebugAllocatorStats`: a free-list line ("%48s " label then the byte total). */
export function freeListLine(name: string, n: number, size: number): string {
  return statLine(`${n} ${name}s * ${size} bytes each`.padStart(48) + ' ', n * size);
}

/** The pymalloc part of sys._debugmallocstats() in CPython's layout. */
export function formatMallocStats(s: AllocatorStats): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NUM_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    out += String(c.cls).padStart(5) + String(c.size).padStart(7) + String(c.pools).padStart(12)
      + String(c.blocks).padStart(16) + String(c.avail).padStart(14) + '\n';
  }
  out += '\n';
  out += statLine('# arenas allocated total', s.arenasAllocatedTotal);
  out += statLine('# arenas reclaimed', s.arenasAllocatedTotal - s.arenasCurrent);
  out += statLine('# arenas highwater mark', s.arenasHighwater);
  out += statLine('# arenas allocated current', s.arenasCurrent);
  out += statLine(`${s.arenasCurrent} arenas * ${ARENA_SIZE} bytes/arena`, s.arenasCurrent * ARENA_SIZE);
  out += '\n';
  let total = s.allocatedBytes + s.availableBytes + s.freePools * POOL_SIZE + s.poolHeaderBytes + s.quantization + s.alignment;
  out += statLine('# bytes in allocated blocks', s.allocatedBytes);
  out += statLine('# bytes in available blocks', s.availableBytes);
  out += statLine(`${s.freePools} unused pools * ${POOL_SIZE} bytes`, s.freePools * POOL_SIZE);
  out += statLine('# bytes lost to pool headers', s.poolHeaderBytes);
  out += statLine('# bytes lost to quantization', s.quantization);
  out += statLine('# bytes lost to arena alignment', s.alignment);
  out += statLine('Total', total);
  // The radix tree that maps addresses to arenas (64-bit: one root, mid/bot nodes on demand).
  const mid = s.arenasCurrent ? 1 : 0;
  out += '\narena map counts\n';
  out += statLine('# arena map mid nodes', mid);
  out += statLine('# arena map bot nodes', mid);
  out += '\n';
  total = 262144 + 262144 * mid + 131072 * mid;
  out += statLine('# bytes lost to arena map root', 262144);
  out += statLine('# bytes lost to arena map mid', 262144 * mid);
  out += statLine('# bytes lost to arena map bot', 131072 * mid);
  out += statLine('Total', total);
  return out;
}
