# Many instances of str/tuple/int/bytes subclasses holding objects in their attributes and
# items, kept alive across collections.

import gc

class S(str):
    pass

class T(tuple):
    pass

class I(int):
    pass

class B(bytes):
    pass

strs = []
tuples = []
ints = []
blobs = []
for i in range(300):
    s = S("x" * (i % 17) + str(i))
    s.payload = [i, str(i)]
    strs.append(s)
    t = T([str(i)] * (i % 5) + [[i]])
    t.payload = {"i": i}
    tuples.append(t)
    n = I(i * 10 ** (i % 30))
    n.payload = (i,)
    ints.append(n)
    b = B(bytes(i % 11))
    b.payload = i
    blobs.append(b)
    if i % 50 == 0:
        gc.collect()
gc.collect()
print(sum(s.payload[0] for s in strs), sum(len(s) for s in strs))
print(sum(t[-1][0] + t.payload["i"] for t in tuples))
print(sum(n.payload[0] for n in ints), sum(ints) % 1000003)
print(sum(b.payload + len(b) for b in blobs))
print(strs[123], tuples[7], ints[29] == 29 * 10 ** 29, blobs[10])
