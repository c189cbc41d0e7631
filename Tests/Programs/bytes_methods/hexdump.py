# A hexdump of bytes: 16-byte rows with offsets, hex pairs, and printable ASCII columns.
data = bytes(range(0, 256, 7)) + "héllo wörld\n\t".encode("utf-8") + b"\x00" * 5
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = " ".join(f"{b:02x}" for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:08x}  {hexpart:<47}  |{text}|")
print(len(data), data.hex()[:32], data[:8].hex(" "), sum(data) % 256, bytes(reversed(data[-8:])))
