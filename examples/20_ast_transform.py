# AST transforms: rewrite the tree, then compile and run the result
# Mechanism: ast.NodeTransformer / compile()
import ast

class AddToMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node

tree = ast.parse("print(6 + 7)")
tree = ast.fix_missing_locations(AddToMul().visit(tree))
print(ast.unparse(tree))
exec(compile(tree, "<rewritten>", "exec"))
