# bytes.hex/fromhex and int.to_bytes/from_bytes round trips over pseudo-random data.
state = 12345
def nxt(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
ok = 0
for _ in range(500):
    data = bytes(nxt(256) for _ in range(nxt(20)))
    h = data.hex()
    sep = data.hex(":", 2)
    v = int.from_bytes(data, "big")
    ok += (bytes.fromhex(h) == data and bytes.fromhex(sep.replace(":", " ")) == data and v.to_bytes(len(data), "big") == data
           and int.from_bytes(data[::-1], "little") == v and h == "".join(f"{b:02x}" for b in data))
print(ok)
print(bytes.fromhex("00 ff 7f 80").hex("-"), (2**64 - 1).to_bytes(8, "little").hex(), int.from_bytes(bytes.fromhex("ff" * 9), "big", signed=True))
