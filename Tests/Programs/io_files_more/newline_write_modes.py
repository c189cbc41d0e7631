# newline= on writing and reading text files, every legal value, and invalid ones.
import os

d = "/tmp/taipan_io_nl_%d" % os.getpid()
os.mkdir(d)
p = d + "/n.txt"
text = "a\nb\r\nc\rd\n"
try:
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, "w", newline=nl) as f:
            f.write(text)
        with open(p, "rb") as f:
            raw = f.read()
        print(repr(nl), raw)
        for rnl in [None, "", "\n", "\r", "\r\n"]:
            with open(p, newline=rnl) as f:
                print("  ", repr(rnl), f.readlines(), repr(f.newlines))
    for bad in ["x", "\n\n", 5]:
        try:
            open(p, newline=bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        open(p, "rb", newline="\n")
    except Exception as e:
        print(type(e).__name__, e)
    with open(p, "w", newline="") as f:
        f.write("one\r\ntwo\nthree\rfour")
    with open(p) as f:
        for line in f:
            print(repr(line))
        print(repr(f.newlines))
finally:
    os.remove(p)
    os.rmdir(d)
