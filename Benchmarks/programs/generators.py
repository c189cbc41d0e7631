# Generator pipelines: a stream of pseudo-random integers flows through a chain
# of generator stages (map, filter, running statistics, sliding windows, batching,
# run-length encoding, merging of two sorted streams) and generator expressions,
# consumed by sum/max/min/any. Exercises generator frames suspended and resumed
# in deep chains, for-loops over generators, genexps, zip/enumerate, and
# StopIteration at the end of each stream.
import sys


def numbers(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        yield x >> 16


def scaled(stream, modulus):
    for v in stream:
        yield v % modulus


def evens_and_tripled_odds(stream):
    for v in stream:
        if v & 1:
            yield v * 3
        elif v % 4 == 0:
            yield v // 2


def running_mean(stream):
    total = 0
    n = 0
    for v in stream:
        total += v
        n += 1
        yield total // n


def windows(stream, size):
    window = []
    for v in stream:
        window.append(v)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def batches(stream, size):
    batch = []
    for v in stream:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_lengths(stream):
    current = None
    count = 0
    for v in stream:
        if v == current:
            count += 1
        else:
            if count:
                yield current, count
            current = v
            count = 1
    if count:
        yield current, count


def merge(a, b):
    a = iter(a)
    b = iter(b)
    sentinel = object()
    x = next(a, sentinel)
    y = next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)


def ascending(seed, count, step_limit):
    v = 0
    for r in numbers(seed, count):
        v += r % step_limit
        yield v


def main(count):
    # pipeline 1: map -> filter -> running mean -> windowed spread
    stream = running_mean(evens_and_tripled_odds(scaled(numbers(1, count), 1000)))
    spread = sum(max(w) - min(w) for w in windows(stream, 5))
    print("windowed spread %d" % spread)

    # pipeline 2: batches of filtered values, each batch reduced by a genexp
    checksum = 0
    for i, batch in enumerate(batches((v for v in numbers(2, count) if v % 3), 16)):
        checksum = (checksum * 31 + sum(x * x for x in batch) + i) % 1000000007
    print("batch checksum %d" % checksum)

    # pipeline 3: run-length encoding of a coarse stream
    longest = 0
    runs = 0
    for value, n in run_lengths(v % 4 for v in numbers(3, count)):
        runs += 1
        if n > longest:
            longest = n
    print("runs %d longest %d" % (runs, longest))

    # pipeline 4: merge two ascending streams and check the order with zip
    merged = merge(ascending(4, count // 2, 50), ascending(5, count // 2, 70))
    a, b = tee_pair(merged)
    ordered = all(x <= y for x, y in zip(a, b))
    print("merged in order: %s" % ordered)

    # pipeline 5: nested generator expressions
    total = sum(x for x in (y * 2 for y in (z + 1 for z in numbers(6, count))) if x % 5)
    print("nested total %d" % total)


def tee_pair(stream):
    # two generators over one stream, one element apart, without itertools
    items = []
    it = iter(stream)

    def first():
        i = 0
        while True:
            while i >= len(items):
                v = next(it, None)
                if v is None:
                    return
                items.append(v)
            yield items[i]
            i += 1

    def second():
        i = 1
        while True:
            while i >= len(items):
                v = next(it, None)
                if v is None:
                    return
                items.append(v)
            yield items[i]
            i += 1

    return first(), second()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
