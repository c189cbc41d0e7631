# f-string corners: = debugging with specs and conversions, nested fields, quotes, braces, lambdas.
x, y = 3, "str"
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{y=!s}", f"{y=}", f"{y!r:>8}", f"{x+1=}", f"{x*2 =  }")
print(f"{{}}", f"{{{x}}}", f"{'{'}", f"{x:{'>'}{5}}", f"{3.14159:.{x}f}", f"{x!r:^{x * 3}}")
print(f"{(lambda v: v * 2)(x)}", f"{[i for i in range(x)]}", f"{ {'a': 1}['a'] }", f"{x if x else 0}")
print(f"{'quote'}" f'{"dq"}' f"""{'''tri'''}""", f"{x:#x}", f"{-x:+}", f"{y:*<6}|")
print(f"{'a' 'b'}", f"{(x, y)}", f"{x,}", f"{x!a}")
print(f"{1_000:,}", f"{0.5:%}", f"{'€':€^5}", f"{None!r}", f"{b'x'}", f"{...}")
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
    def __repr__(self):
        return "Fmt()"
print(f"{Fmt()}", f"{Fmt():abc}", f"{Fmt()!r}", f"{Fmt()=}", f"{Fmt()=:zz}", f"{Fmt():{x}{y}}")
width = 10
for v in [1, 22, 333]:
    print(f"|{v:>{width}}|{v:<{width // 2}}|{v:^{width}_}|")
d = {"k": [1, {"n": "deep"}]}
print(f"{d['k'][1]['n']}", f"{d['k'][0] + 1}", f"{len(d)}", f"{x:{'0'}{'5'}d}")
for bad in ["f'{x!z}'", "f'{x:{y:{x}}}'", "f'{}'", "f'{x'", "f'}'", "f'{x!}'", "f'{!r}'"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(bad, type(e).__name__, e.msg)
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
