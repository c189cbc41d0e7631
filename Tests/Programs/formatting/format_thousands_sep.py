# Grouping with , and _ on ints and floats, with width and zero padding interplay.
for n in (0, 999, 1000, -1234567, 10**15, 123456789012):
    print(f"{n:,}|{n:_}|{n:015,}|{n:>15,}|{n:+,}|{n:_x}|{n:_b}"[:120])
for v in (1234.5, -0.001, 1e10, 123456.789):
    print(f"{v:,}|{v:,.2f}|{v:_.3e}|{v:020,.2f}|{v:,g}|{v:,%}")
print(f"{1234:08,}", f"{1234:09,}", f"{-1234:09,}", f"{12345:_>10,}", format(1234567, "012_"))
