// ast.walk / iter_child_nodes equivalents over our AST, checked against python3.12's
// `[type(n).__name__ for n in ast.walk(ast.parse(SRC))]` for a fixed snippet.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/vm/parser/index';
import { walk } from '../../src/vm/ast/visit';

describe('ast walk', () => {
  it('visits nodes in ast.walk order', () => {
    const tree = parse('def f(a, *b):\n    return {a: [x for x in b if x]}\n', '<s>', 'exec');
    // PYENV_VERSION=3.12 python3.12 -c "import ast; print([type(n).__name__ for n in ast.walk(ast.parse(SRC))])"
    expect([...walk(tree)].map((n) => n._type)).toEqual([
      'Module', 'FunctionDef', 'arguments', 'Return', 'arg', 'arg', 'Dict', 'Name', 'ListComp', 'Load', 'Name',
      'comprehension', 'Load', 'Name', 'Name', 'Name', 'Store', 'Load', 'Load',
    ]);
  });
});
