# Truth values of built-in objects and not.
vals = [0, 1, -1, 0.0, -0.0, 0.1, 0j, "", " ", b"", b"\x00", [], [0], (), ((),), {}, {0: 0},
        set(), {0}, None, True, False, range(0), range(1), float("nan"), frozenset()]
print([bool(v) for v in vals])
print([not v for v in vals])
print(not not 5, not None, not "a", type(not 1).__name__)
if []:
    print("empty list true?")
elif [0]:
    print("list with zero is true")
while "":
    print("never")
print(0 if 0.0 else "zero float false")
