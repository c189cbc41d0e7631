# and/or return one of their operands and evaluate lazily.
def t(x):
    print("eval", repr(x))
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t("") or t("fallback"))
print(t([1]) or t(9))
print(t(None) or t(0) or t([]))
print(t(1) and t(0) or t("c"))
print(1 and 2 and 3, 0 or "" or None, [] and 1, "x" or 1, not 0 and 5)
x = None
print(x is not None and x.missing)
