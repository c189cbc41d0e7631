# str methods on many short strings against manual implementations (find/count/split/strip/replace).
import itertools
def m_find(s, sub):
    for i in range(len(s) - len(sub) + 1):
        if s[i:i + len(sub)] == sub:
            return i
    return -1
def m_count(s, sub):
    if not sub:
        return len(s) + 1
    i = n = 0
    while i <= len(s) - len(sub):
        if s[i:i + len(sub)] == sub:
            n += 1
            i += len(sub)
        else:
            i += 1
    return n
def m_split(s, sep):
    out, cur, i = [], "", 0
    while i < len(s):
        if s.startswith(sep, i):
            out.append(cur)
            cur = ""
            i += len(sep)
        else:
            cur += s[i]
            i += 1
    return out + [cur]
strings = ["".join(p) for n in range(5) for p in itertools.product("ab ", repeat=n)]
subs = ["a", "ab", "b ", "aa", " "]
bad = []
for s in strings:
    for sub in subs:
        if s.find(sub) != m_find(s, sub) or s.count(sub) != m_count(s, sub) or s.split(sub) != m_split(s, sub):
            bad.append((s, sub))
    if s.strip() != s.strip(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0") or s.replace("a", "") != "".join(c for c in s if c != "a"):
        bad.append((s, "strip/replace"))
print(len(strings), bad[:5])
