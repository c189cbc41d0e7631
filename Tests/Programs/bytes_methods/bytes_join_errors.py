# bytes.join and bytearray.join error messages name the offending item index; empty and single joins.
print(b"-".join([]), b"-".join([b"only"]), bytearray(b", ").join([b"a", b"b"]), b"".join(x for x in (b"g", b"en")))
for seq in ([b"a", "b"], [b"a", 1], [None], [b"a", b"b", [1]]):
    try:
        b"-".join(seq)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bytearray(b"").join([b"x", 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join([b"x"])
except TypeError as e:
    print(type(e).__name__, e)
print(type(b"".join([bytearray(b"x")])).__name__, type(bytearray().join([b"x"])).__name__)
