# Chained comparisons evaluate each operand once and short-circuit.
def v(x, tag):
    print("eval", tag)
    return x
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(v(2, "a") == v(2, "b") != v(3, "c") > v(1, "d"))
print(1 < 2 > 1, 1 < 2 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, None is not None is not False)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], "a" < "b" <= "b" != "c")
