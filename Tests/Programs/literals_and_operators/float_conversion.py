# float() and int() parsing and conversion corners, with error messages.
for s in ["1.5", "  -2.5e3 ", "1_000.5", ".5", "5.", "1e-3", "+inf", "infinity", "-0", "0x10"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["42", " -7 ", "0x1f", "1_0", "1__0", "", "3.0", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(3), float(True), float(-(2 ** 60)), int(-0.5), int(0.99999))
try:
    float([])
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
