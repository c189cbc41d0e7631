# f-strings: expressions, quotes, conversions, = debugging, nested replacement fields.
name, n, pi = "Ada", 42, 3.14159
print(f"{name} has {n} items, {n * 2} doubled, {name.upper()!r}, {'nested quotes'}")
print(f"{name!r} {name!s} {'é'!a} {n!r:>5}|{name=} {n = } {pi=:.2f} {n+1=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:^{width}}] [{n:{'0'}{width}d}]")
print(f"{{literal braces}} {{{n}}} {'}'} {{}}")
d = {"key": "value", 1: "one"}
print(f"{d['key']} {d[1]} {[1, 2, 3][-1]} {(lambda x: x * 2)(5)} {n if n > 40 else 0}")
print(f"""multi
line {name}""", f"{'a' 'b'}", f"{n:#x} {n:b} {n:o} {n:e}")
items = ["x", "y"]
print(f"{len(items)} items: {', '.join(items)}", f"{3 + 4j}", f"{None}", f"{True:>6}")
print(F"capital F", rf"raw \n {n}", f"{f'{n}'}", fr"{name}\t")
