# int <-> str in bases 2..36 via a hand-written encoder, checked against int(s, base) and format.
DIG = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    s, neg = "", n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = DIG[r] + s
    return "-" + s if neg else s
vals = [0, 1, -1, 35, 36, 255, -4096, 2**64 - 1, -(3**80), 10**25 + 17]
ok = True
for b in range(2, 37):
    for v in vals:
        s = to_base(v, b)
        ok = ok and int(s, b) == v and int(s.upper(), b) == v
print(ok)
print(to_base(2**64 - 1, 36), to_base(-(3**80), 7)[:20], int("-zz_zz", 36), int("0O777", 0), int("0B1010", 0), int("0XdeadBEEF", 0))
print(format(2**64 - 1, "b") == to_base(2**64 - 1, 2), format(-4096, "o"), format(10**25 + 17, "x") == to_base(10**25 + 17, 16))
