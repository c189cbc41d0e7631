# yield from delegates to any iterable and to sub-generators.
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
    yield from "ab"
    yield from range(5, 7)
    yield from {"k": 1}
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (), iter([2, 3]), (x * x for x in range(3)))))
try:
    list(chain(5))
except TypeError as e:
    print("TypeError", e)
