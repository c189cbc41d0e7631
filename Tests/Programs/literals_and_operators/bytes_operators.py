# bytes and bytearray operators and core methods.
b = b"hello world"
print(b + b"!", b * 2, b"o" in b, 111 in b, b[::2], b[-5:], b.upper(), b.split())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.replace(b"l", b"L", 2), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("de ad be ef"), b"-".join([b"a", b"b"]), b.strip(b"hd"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[1:3]
print(ba, ba * 2, ba == b"Adef", ba.find(b"e"))
try:
    ba.append(300)
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
