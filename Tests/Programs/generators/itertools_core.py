# The itertools building blocks most programs use.
import itertools as it
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("r", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")), list(it.islice("abcdefg", 1, 6, 2)))
