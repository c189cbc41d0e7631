# Evaluation order: right side first, then targets left to right; swaps.
def t(x):
    print("eval", x)
    return x
lst = [0, 0, 0]
lst[t(0)], lst[t(1)] = t("a"), t("b")
print(lst)
a, b = 1, 2
a, b = b, a
print(a, b)
xs = [0, 1]
i = 0
i, xs[i] = 1, "new"
print(i, xs)
d = {}
d[t("k1")] = d[t("k2")] = t("v")
print(d)
print({t("key"): t("value")})
print(t(1) + t(2) * t(3))
