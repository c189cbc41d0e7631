# ast.parse / ast.dump / node construction and errors / literal_eval / compile of an AST.
import ast

src = "x = 1 + 2\nif x:\n    print(f'{x!r:>3}', *a)\nclass C(B, metaclass=M):\n    def f(self, a, /, b=1, *c, d, e=2, **f) -> int:\n        return [i for i in y if i]\n"
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, include_attributes=True)[:200])
print(ast.unparse(t))
print(ast.literal_eval("[1, 2.5, -3, 'a', b'x', (1,), {1: 2}, {3}, None, True, 1+2j]"))
ns = {"a": [7], "B": object, "M": type, "y": [0, 1, 2]}
exec(compile(t, "<ast>", "exec"), ns)
print(ns["C"]().f(1, d=3))
print(ast.Return(1).value, ast.Return().value, ast.Name.__doc__, ast.Name._fields, ast.expr._attributes)
for make in (lambda: ast.Return(1, 2), lambda: ast.Return(1, value=2), lambda: ast.Pass(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(t.body[0].targets[0].ctx is ast.parse("y=2").body[0].targets[0].ctx)
e = ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))
bad = [
    ast.Module([ast.Expr(ast.Name("x", ast.Store()))], []),
    ast.Module([ast.Assign([], ast.Constant(1))], []),
    ast.Module([ast.If(ast.Constant(1), [], [])], []),
    ast.Module([ast.Expr(ast.Constant(1))]),
    ast.Module([ast.Expr(ast.Name("x"))], []),
    ast.Module([ast.Expr(None)], []),
    ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], []),
    ast.Expression(ast.Constant(1)),
]
for tree in bad:
    if not isinstance(tree, ast.Expression):
        ast.fix_missing_locations(tree)
    try:
        compile(tree, "<bad>", "exec")
        print("ok")
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2) if isinstance(node.value, int) else node
tree = ast.fix_missing_locations(Doubler().visit(ast.parse("r = 10 + 11")))
exec(compile(tree, "<t>", "exec"), ns)
print(ns["r"])
match ast.parse("f(1)").body[0].value:
    case ast.Call(ast.Name(id=name), [ast.Constant(value=v)]):
        print("call", name, v)
