# f-strings with nested width/precision/fill agree with format() and str.format for many combinations.
vals = [0, 7, -13, 123456, 3.14159, -0.001, 1e10, "txt"]
bad = 0
count = 0
for v in vals:
    for w in (0, 1, 5, 12):
        for fill, align in (("", ">"), ("*", "<"), ("-", "^"), ("0", "=")):
            if isinstance(v, str) and align == "=":
                continue
            spec = f"{fill}{align}{w}" if w else f"{fill}{align}"
            a = f"{v:{fill}{align}{w if w else ''}}"
            b = format(v, spec)
            c = "{:{}}".format(v, spec)
            d = "{0:{1}{2}{3}}".format(v, fill, align, w if w else "")
            count += 1
            bad += not (a == b == c == d)
            if isinstance(v, float):
                for p in (0, 2, 6):
                    bad += f"{v:{w}.{p}f}" != format(v, f"{w}.{p}f")
print(count, bad)
print(f"{3.14159:{'>'}{10}.{3}f}|", "{:{}{}.{}e}|".format(2.5, "<", 12, 2), f"{'x':{'^'}{7}}|")
