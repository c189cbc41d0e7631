# Repeating a list/str/bytes past memory raises MemoryError or OverflowError, not a crash.
print("start", flush=True)
for make in (lambda: [1] * (2**62), lambda: [1, 2] * (2**62), lambda: (0,) * (2**62), lambda: b"x" * (2**62), lambda: bytearray(b"x") * (2**62)):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
for make in (lambda: [1] * (2**63), lambda: "ab" * (2**63), lambda: (1,) * (2**64)):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print("end")
