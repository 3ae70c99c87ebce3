# AST: the tree the parser builds before any bytecode exists
# Mechanism: parser / abstract syntax tree
import ast

tree = ast.parse("area = width * height if width > 0 else 0")
print(ast.dump(tree, indent=2))
assign = tree.body[0]
print(type(assign).__name__, "targets:", [t.id for t in assign.targets])
