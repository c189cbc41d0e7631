# int.to_bytes: byteorder, length, signed and the overflow errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "little"))
print((255).to_bytes(1, "big"), (-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
print((2**64 - 1).to_bytes(8, "big"), (-(2**63)).to_bytes(8, "big", signed=True))
print((65535).to_bytes(length=2, byteorder="big"))
print((5).to_bytes(), (5).to_bytes(3))
print((10**20).to_bytes(9, "little").hex())
for args, kw in [((256, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}),
                 ((-129, 1, "big"), {"signed": True}), ((1, 1, "middle"), {}), ((1, -1, "big"), {}),
                 ((1, 1.0, "big"), {}), ((1, 0, "big"), {})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(True.to_bytes(2, "big"))
