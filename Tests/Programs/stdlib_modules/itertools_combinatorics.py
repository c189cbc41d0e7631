# itertools' combinatoric iterators: product, permutations, combinations and
# combinations_with_replacement, with their edge cases and errors.
import itertools as it


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(it.product("ab", [1, 2])), list(it.product()), list(it.product("ab", [])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product("ab", repeat=0)), len(list(it.product(range(3), range(4), repeat=2))))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abcd", 2))[:5])
print(list(it.permutations("ab", 0)), list(it.permutations("ab", 3)), list(it.permutations([])))
print(len(list(it.permutations(range(6)))), len(set(it.permutations(range(5), 3))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations("abc", 0)), list(it.combinations("abc", 4)), list(it.combinations([], 0)))
print(len(list(it.combinations(range(10), 4))), list(it.combinations(iterable="ab", r=1)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 3)))
print(len(list(it.combinations_with_replacement(range(5), 3))))
gen = it.permutations("abc")
print(next(gen), next(gen), list(gen))
attempt(lambda: it.product([1], repeat=-1))
attempt(lambda: it.product([1], x=1))
attempt(lambda: it.product(1))
attempt(lambda: it.permutations([1], "a"))
attempt(lambda: it.permutations([1], -1))
attempt(lambda: it.permutations(5))
attempt(lambda: it.combinations([1], "a"))
attempt(lambda: it.combinations([1], -1))
attempt(lambda: it.combinations([1]))
attempt(lambda: it.combinations_with_replacement([1], -1))
