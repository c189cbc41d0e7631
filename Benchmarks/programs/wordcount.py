# Dict- and str-heavy word counting: a deterministic pseudo-random text (words
# built from syllables, with capitals, punctuation and line breaks) is generated,
# then split, normalised with str methods, and counted in dicts: word
# frequencies, bigrams, first letters, word lengths, and anagram classes keyed by
# sorted letters. Exercises str concatenation/join/split/lower/strip, dict
# get/setdefault/items, sorting with keys, and string formatting.
import sys

SYLLABLES = ["ka", "lo", "mi", "ter", "an", "su", "bri", "do", "qua", "ne",
             "ro", "vel", "pi", "st", "or", "e", "ix", "mun", "tha", "gol"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        n = 1 + rng.below(3) + rng.below(2)
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(n))
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_text(rng, vocabulary, n_words):
    lines = []
    line = []
    width = 0
    capital = True
    for _ in range(n_words):
        # a skewed choice: low indexes are much more frequent
        i = rng.below(len(vocabulary))
        i = rng.below(i + 1)
        word = vocabulary[i]
        if capital:
            word = word.capitalize()
            capital = False
        r = rng.below(20)
        if r == 0:
            word += PUNCTUATION[rng.below(len(PUNCTUATION))]
            capital = word[-1] in ".!?"
        elif r == 1:
            word = '"' + word + '"'
        line.append(word)
        width += len(word) + 1
        if width > 70:
            lines.append(" ".join(line))
            line = []
            width = 0
    lines.append(" ".join(line))
    return "\n".join(lines) + "\n"


def count_words(text):
    counts = {}
    bigrams = {}
    first_letters = {}
    lengths = {}
    previous = None
    for raw in text.split():
        word = raw.strip('",.;!?:').lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        if previous is not None:
            key = previous + " " + word
            bigrams[key] = bigrams.get(key, 0) + 1
        previous = word
        first = word[0]
        if first in first_letters:
            first_letters[first] += 1
        else:
            first_letters[first] = 1
        lengths.setdefault(len(word), []).append(word)
    return counts, bigrams, first_letters, lengths


def anagram_classes(words):
    classes = {}
    for w in words:
        classes.setdefault("".join(sorted(w)), []).append(w)
    return {k: v for k, v in classes.items() if len(v) > 1}


def main(n_words):
    rng = Rng(42)
    vocabulary = make_vocabulary(rng, 3000)
    text = make_text(rng, vocabulary, n_words)
    counts, bigrams, first_letters, lengths = count_words(text)
    print("characters %d lines %d words %d distinct %d bigrams %d"
          % (len(text), text.count("\n"), sum(counts.values()), len(counts), len(bigrams)))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print("top words: " + ", ".join("%s=%d" % kv for kv in top))
    top2 = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top bigrams: " + ", ".join("%s=%d" % kv for kv in top2))
    print("first letters: " + " ".join("%s:%d" % (k, first_letters[k]) for k in sorted(first_letters)))
    print("lengths: " + " ".join("%d:%d" % (k, len(lengths[k])) for k in sorted(lengths)))
    classes = anagram_classes(sorted(counts))
    biggest = max(classes.values(), key=lambda v: (len(v), v))
    print("anagram classes %d, largest: %s" % (len(classes), " ".join(sorted(biggest))))
    capitals = sum(1 for w in text.split() if w[:1].isupper() or w[1:2].isupper())
    print("capitalised words %d, quoted %d" % (capitals, text.count('"') // 2))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
