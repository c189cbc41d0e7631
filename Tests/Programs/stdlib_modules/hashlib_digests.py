# hashlib over the built-in modules: every always-supported algorithm on inputs around the
# block boundaries, incremental update and copy, SHAKE lengths, BLAKE2 parameters, errors.
import hashlib
import hmac

inputs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128,
          bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(" ", h.hexdigest(20), len(h.digest(100)))
        else:
            print(" ", h.hexdigest()[:32])

h = hashlib.sha256()
for chunk in [b"hello ", b"", b"world", b"!" * 100]:
    h.update(chunk)
copy = h.copy()
h.update(b"more")
print(copy.hexdigest(), h.hexdigest() != copy.hexdigest(), hashlib.sha256(b"hello world" + b"!" * 100).hexdigest() == copy.hexdigest())
print(hashlib.md5(b"x").digest(), hashlib.sha1(memoryview(b"abc")).hexdigest(), hashlib.sha512(bytearray(b"q")).hexdigest()[:16])

print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2s(b"abc", key=b"secret").hexdigest())
print(hashlib.blake2b(b"x", salt=b"salty", person=b"me", fanout=2, depth=3, leaf_size=7, node_offset=9,
                      node_depth=1, inner_size=20, last_node=True).hexdigest())
print(hashlib.blake2s(b"x", salt=b"s", person=b"p", node_offset=2**40, last_node=True).hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17),
           dict(person=b"x" * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(node_depth=256),
           dict(inner_size=65), dict(leaf_size=-1)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, OverflowError) as e:
        print(kw, type(e).__name__, e)
for call in [
             lambda: hashlib.md5("text"), lambda: hashlib.md5(1), lambda: hashlib.sha256().update("s"),
             lambda: hashlib.new("nonsense")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

mac = hmac.new(b"key", b"message", "sha256")
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), mac.digest()), hmac.compare_digest("a", "b"))
