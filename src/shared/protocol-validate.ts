/**
 * Boundary validation of the session contract. Every host (Electron main, web host) and the
 * preload bridge call `validateRequest` on what arrives from the renderer before acting on it:
 * unknown methods, extra keys, wrong types, out-of-range numbers and oversized strings are rejected
 * with a one-line reason. Schemas are small combinators so each method's shape sits on one line.
 */
import type { Method } from './protocol';

type Check = (v: unknown, path: string) => string | null;

const MAX_SOURCE = 4 * 1024 * 1024;
const MAX_TEXT = 64 * 1024;
const MAX_PATH = 4096;
const MAX_BREAKPOINTS = 10_000;

const str = (max: number): Check => (v, p) =>
  typeof v !== 'string' ? `${p} must be a string` : v.length > max ? `${p} is longer than ${max} characters` : null;
const int = (min: number, max: number): Check => (v, p) =>
  typeof v !== 'number' || !Number.isInteger(v) ? `${p} must be an integer` : v < min || v > max ? `${p} out of range` : null;
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} must be a boolean`);
const nullable = (c: Check): Check => (v, p) => (v === null ? null : c(v, p));
const optional = (c: Check): Check & { optional: true } => Object.assign((v: unknown, p: string) => (v === undefined ? null : c(v, p)), { optional: true as const });
const arr = (c: Check, max: number): Check => (v, p) => {
  if (!Array.isArray(v)) return `${p} must be an array`;
  if (v.length > max) return `${p} has more than ${max} entries`;
  for (let i = 0; i < v.length; i++) {
    const e = c(v[i], `${p}[${i}]`);
    if (e) return e;
  }
  return null;
};
const obj = (shape: Record<string, Check>): Check => (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} must be an object`;
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) if (!(k in shape)) return `${p}.${k} is not expected`;
  for (const [k, c] of Object.entries(shape)) {
    if (!(k in rec) && !(c as { optional?: boolean }).optional) return `${p}.${k} is missing`;
    const e = c(rec[k], `${p}.${k}`);
    if (e) return e;
  }
  return null;
};

const none = obj({});
const objectId = int(0, Number.MAX_SAFE_INTEGER);
const lineBp = obj({ line: int(1, 10_000_000), condition: optional(str(MAX_TEXT)), hitCount: optional(int(1, 1_000_000_000)) });
const instrBp = obj({
  codeKey: str(MAX_TEXT),
  offset: int(0, 100_000_000),
  condition: optional(str(MAX_TEXT)),
  hitCount: optional(int(1, 1_000_000_000)),
});
const breakpoints = obj({ lines: arr(lineBp, MAX_BREAKPOINTS), instructions: arr(instrBp, MAX_BREAKPOINTS) });
const programFile = obj({ name: str(1024), path: nullable(str(MAX_PATH)), source: str(MAX_SOURCE) });
const page = obj({ id: objectId, start: int(0, Number.MAX_SAFE_INTEGER), count: int(1, 1000) });

export const REQUEST_SCHEMAS: Record<Method, Check> = {
  'app.info': none,
  'app.examples': none,
  'app.readExample': obj({ name: str(200) }),
  'app.readFile': obj({ path: str(MAX_PATH) }),
  'app.recentFiles': none,
  launch: obj({ file: programFile, stopOnEntry: bool, breakpoints }),
  continue: none,
  pause: none,
  stop: none,
  restart: none,
  stepInstruction: none,
  next: none,
  stepIn: none,
  stepOut: none,
  setBreakpoints: breakpoints,
  input: obj({ text: nullable(str(MAX_TEXT)) }),
  stackTrace: none,
  frameDetail: obj({ frame: int(0, 100_000) }),
  code: obj({ frame: int(0, 100_000) }),
  object: obj({ id: objectId }),
  references: page,
  referrers: page,
  heapGraph: obj({ maxNodes: int(1, 20_000) }),
  gc: none,
  snapshot: none,
  pipeline: none,
  codeObject: obj({ frame: int(0, 100_000), path: arr(int(0, 1_000_000), 64) }),
  frameObject: obj({ frame: int(0, 100_000) }),
  memory: obj({ start: int(0, 10_000_000), count: int(1, 1000) }),
  trackAllocations: obj({ on: bool }),
  gcCollect: obj({ generation: int(0, 2) }),
  threads: none,
};

export function isMethod(m: unknown): m is Method {
  return typeof m === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, m);
}

/** Returns null when `args` is a valid payload for `method`, else a one-line reason. */
export function validateRequest(method: unknown, args: unknown): string | null {
  if (!isMethod(method)) return `unknown method ${JSON.stringify(String(method).slice(0, 60))}`;
  return REQUEST_SCHEMAS[method](args ?? {}, 'args');
}

/** Validates a whole wire request message `{kind:'req', seq, method, args}`. */
export function validateRequestMessage(msg: unknown): string | null {
  if (typeof msg !== 'object' || msg === null) return 'message must be an object';
  const m = msg as Record<string, unknown>;
  if (m.kind !== 'req') return 'message kind must be "req"';
  if (typeof m.seq !== 'number' || !Number.isInteger(m.seq) || m.seq < 0) return 'seq must be a non-negative integer';
  return validateRequest(m.method, m.args);
}
