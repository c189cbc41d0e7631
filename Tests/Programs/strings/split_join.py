# split, rsplit, splitlines, partition, rpartition and join with their edge cases.
print("a b  c\t\nd ".split(), " a b ".split(" "), "a,b,,c".split(","), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "  x  y  ".split(None, 1), "  x  y  ".rsplit(None, 1), "".split(), "".split(","))
print("abc".split("abc"), "1<>2<>3".split("<>"), "a".split(",", 0), "a b c".split(maxsplit=-1))
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="), "none".rpartition("="))
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(3)), "ab".join("12"))
for f in (lambda: ",".join([1, 2]), lambda: "a".split(""), lambda: "a".partition("")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
