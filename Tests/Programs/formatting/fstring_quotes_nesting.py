# f-strings: quote nesting, escaped braces, multi-line expressions, format spec from expressions.
items = {"a": 1, "b": 2}
name = "World"
print(f'{items["a"]}', f"{items['b']}", f"""{'triple' + "mix"}""", f'''{"x"!r}''')
print(f"{{literal}}", f"{{{name}}}", f"{name!r:^12}", f"{'{'}", f"{'}'}")
print(f"""{
    1 + 2
}""", f"""{(1 +
    2)=}""")
width = 8
print(f"{name:>{width}}|{name:{'<'}{width + 2}}|{3.14159:.{width // 4}f}|{255:{'#x'}}")
print(f"{'a' 'b'}", f"{name}" f" {width}", rf"\n{name}", fr"{width}\t")
values = [1, 2, 3]
print(f"{sum(values) / len(values):.2f}", f"{', '.join(map(str, values))}", f"{values[1:]!s:>10}")
print(f"{name.upper():*^15}", f"{-5:+05d}", f"{5:{'+' if True else '-'}}", f"{0.5:{'.0%'}}")
