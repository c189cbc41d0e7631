# Inner functions that call themselves through a closure cell; recursion with accumulators.
def flatten(tree):
    out = []
    def walk(node):
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            out.append(node)
    walk(tree)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def count_paths(n):
    memo = {}
    def go(r, c):
        if r == n or c == n:
            return 1
        if (r, c) not in memo:
            memo[(r, c)] = go(r + 1, c) + go(r, c + 1)
        return memo[(r, c)]
    return go(0, 0)
print([count_paths(i) for i in range(8)])
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(power_set([1, 2, 3]))
