# bool is a subclass of int: arithmetic, comparisons, repr and type of results.
print(True + True, True * 10, False - 1, -True, ~True, ~False)
print(True == 1, False == 0, 1 == True == 1.0, isinstance(True, int))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(True + 0).__name__, type(True & 1).__name__, True / 2, True // 2)
print(repr(True), str(False), int(True), float(False), bool(-1), bool(0))
print(sum([True, True, False, True]), max(True, 2), [10, 20][True])
print(True << 3, True ** 5, divmod(True, 2))
