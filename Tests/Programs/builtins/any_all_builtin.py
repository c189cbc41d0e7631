# any and all short-circuit, accept any iterable, and return bools.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any("") , all(""), any([0, 2]), all([1, 0]))
def noisy(values):
    for v in values:
        print("  checking", v)
        yield v
print(any(noisy([0, 3, 5])))
print(all(noisy([1, 0, 5])))
print(any(x > 3 for x in range(5)), all(x < 10 for x in range(5)), type(any([5])).__name__, any([[]]), all([[]]))
print(all(isinstance(x, int) for x in (1, True, 2)), any(s.startswith("b") for s in ["a", "bc"]))
