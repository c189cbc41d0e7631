# Conditional expressions: laziness, nesting, and precedence with lambda and or.
def t(x):
    print("eval", x)
    return x
print(t("yes") if t(1) else t("no"))
print(t("yes") if t(0) else t("no"))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
f = lambda x: x if x else "default"
print(f(0), f(5), (1 if True else 2) + 10, 1 if False else 2 + 10)
print([x if x % 2 else -x for x in range(6)], 0 or 1 if 0 else 2)
