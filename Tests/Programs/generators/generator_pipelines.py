# Generators composed into pipelines process items one at a time.
def source(lines):
    for line in lines:
        print("  read", repr(line))
        yield line
def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
data = ["# config", "a = 1", "b= two", "#skip", "c =3"]
pipeline = parse(strip_comments(source(data)))
print(next(pipeline))
print(dict(pipeline))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
