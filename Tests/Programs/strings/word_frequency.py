# A small text-processing program: word frequencies ordered by count then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(len(words), len(freq), max(freq, key=lambda w: (len(w), w)))
lines = text.splitlines()
print([len(l) for l in lines], sum(c.isalpha() for c in text), text.count("it was"))
