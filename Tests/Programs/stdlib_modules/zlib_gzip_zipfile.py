# zlib one-shot and streaming, errors; gzip and zipfile in memory on top of it.
import gzip
import io
import zipfile
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 40
for level in [0, 1, 6, 9, -1]:
    c = zlib.compress(text, level)
    print(level, len(c), zlib.decompress(c) == text, c[:2])
for wbits in [9, 15, -15, 31, 25]:
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), zlib.decompress(c, wbits if wbits > 0 else wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text)
print(zlib.crc32(text), zlib.crc32(text, 5), zlib.adler32(text), zlib.adler32(text, 7), zlib.adler32(b""))

c = zlib.compress(text)
for call in [lambda: zlib.decompress(c[:-3]), lambda: zlib.decompress(b"garbage"), lambda: zlib.compress(b"x", 10),
             lambda: zlib.compress(b"x", wbits=99), lambda: zlib.decompress(c, wbits=99),
             lambda: zlib.compressobj(level=12), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress("s"),
             lambda: zlib.decompress(c, bufsize=-1), lambda: zlib.decompressobj().decompress(c, -1),
             lambda: zlib.decompressobj().flush(0)]:
    try:
        print(call())
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
snapshot = co.copy()
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.flush())
raw = b"".join(parts)
print(len(raw), zlib.decompress(raw, -12) == text, len(snapshot.flush()) > 0)
try:
    co.compress(b"more")
except zlib.error as e:
    print("error", e)

d = zlib.decompressobj()
print(d.decompress(c + b"extra"), d.unused_data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(c, 10)
print(first, len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(first + rest == text, d.eof, d.flush())
d2 = zlib.decompressobj()
pieces = [d2.decompress(c[i:i + 7]) for i in range(0, len(c), 7)]
print(b"".join(pieces) == text, d2.eof, d2.copy().eof)

zd = b"quick brown fox lazy dog"
cz = zlib.compressobj(zdict=zd)
packed = cz.compress(text) + cz.flush()
print(zlib.decompressobj(zdict=zd).decompress(packed) == text, len(packed) < len(c))
try:
    zlib.decompressobj().decompress(packed)
except zlib.error as e:
    print("error", e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)

g = gzip.compress(text, mtime=0)
print(len(g), g[:4], gzip.decompress(g) == text)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line one\nline two\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readlines())

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), text)
    zf.writestr(zipfile.ZipInfo("b/c.txt", (2020, 1, 1, 0, 0, 0)), b"small")
print(len(zbuf.getvalue()))
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as zf:
    print(zf.namelist(), [i.file_size for i in zf.infolist()], zf.read("a.txt") == text, zf.testzip())
