# Messages for bad subscripts, item assignment and deletion on built-in types.
objs = [[1], (1,), "s", b"b", bytearray(b"a"), range(1), {"k": 1}, {1}, 5, None, {}.keys(), memoryview(b"m"), len]
for o in objs:
    res = []
    for f in (lambda: o[5], lambda: o["x"], lambda: o.__setitem__(0, 0) if hasattr(o, "__setitem__") else o.__class__, ):
        try:
            f()
            res.append("ok")
        except Exception as e:
            res.append(f"{type(e).__name__}: {e}")
    print(type(o).__name__, res)
for o in ([1], (1,), "s", {"k": 1}, range(3), 5):
    try:
        o[0] = 1
    except Exception as e:
        print(type(o).__name__, "set", type(e).__name__, e)
    try:
        del o[0]
    except Exception as e:
        print(type(o).__name__, "del", type(e).__name__, e)
