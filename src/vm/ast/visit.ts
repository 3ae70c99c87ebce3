/**
 * Generic AST traversal driven by NODE_FIELDS (CPython's field order): what `ast.iter_child_nodes`
 * and `ast.walk` do. Context and operator singletons are nodes too and are visited.
 */
import { NODE_FIELDS, type AnyNode } from './nodes';

/** Direct child nodes of `node`, in field order (list fields flattened; null entries skipped). */
export function iterChildNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const rec = node as unknown as Record<string, unknown>;
  for (const [name, type] of NODE_FIELDS[node._type]) {
    if (type === 'identifier' || type === 'string' || type === 'int' || type === 'constant') continue;
    const v = rec[name];
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') out.push(x as AnyNode);
    } else if (v !== null && typeof v === 'object') {
      out.push(v as AnyNode);
    }
  }
  return out;
}

/** Every node of the tree, breadth first from `node` (like `ast.walk`). */
export function* walk(node: AnyNode): Generator<AnyNode> {
  const todo: AnyNode[] = [node];
  for (let i = 0; i < todo.length; i++) {
    const n = todo[i];
    for (const c of iterChildNodes(n)) todo.push(c);
    yield n;
  }
}
