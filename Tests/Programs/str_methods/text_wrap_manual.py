# Manual word wrapping and justification with split, join, len, ljust and center.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Sphinx of black quartz, judge my vow.  Ünïcödé wörds cöunt by cödé pöints.")
def wrap(t, width):
    lines, cur = [], []
    for word in t.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(" ".join(cur))
            cur = [word]
        else:
            cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines
for width in (20, 33):
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|", "|" + line.center(width, ".") + "|")
words = text.lower().replace(".", "").replace(",", "").replace("!", "").split()
print(len(words), max(words, key=len), sorted(set(w[0] for w in words)), text.count("o"), text.title()[:30])
