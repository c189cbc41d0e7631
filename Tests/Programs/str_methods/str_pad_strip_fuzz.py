# ljust/rjust/center/zfill and strip/lstrip/rstrip with char sets, against manual implementations.
import itertools
def m_center(s, w, f):
    if w <= len(s):
        return s
    total = w - len(s)
    left = total // 2 + (total & w & 1)
    return f * left + s + f * (total - left)
def m_zfill(s, w):
    if len(s) >= w:
        return s
    sign = s[0] if s and s[0] in "+-" else ""
    return sign + "0" * (w - len(s)) + s[len(sign):]
def m_strip(s, chars):
    i, j = 0, len(s)
    while i < j and s[i] in chars:
        i += 1
    while j > i and s[j - 1] in chars:
        j -= 1
    return s[i:j]
strings = ["".join(p) for n in range(5) for p in itertools.product("ab-", repeat=n)]
bad = []
for s in strings:
    for w in range(0, 8):
        if s.ljust(w, "*") != s + "*" * max(0, w - len(s)) or s.rjust(w, "*") != "*" * max(0, w - len(s)) + s:
            bad.append((s, w, "just"))
        if s.center(w, "*") != m_center(s, w, "*") or s.zfill(w) != m_zfill(s, w):
            bad.append((s, w, "center/zfill"))
    for chars in ("a", "ab", "-", ""):
        if s.strip(chars) != m_strip(s, chars) or s.rstrip(chars) + s[len(s.rstrip(chars)):] != s or not s.startswith(s[:len(s) - len(s.lstrip(chars))]):
            bad.append((s, chars))
print(len(strings), bad[:5])
