# list operators: + * += *= == < in del and their aliasing behaviour.
a = [1, 2]
b = a + [3]
print(a, b, a * 3, 0 * a, [0] * -1, [[1]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
c = a
a += "xy"
print(a, c, a is c)
a *= 2
print(c)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] != [2, 1])
print(2 in [1, 2], [2] in [1, [2]], len([[], []]), list("abc"), list(range(3)), list((1,)))
d = [0, 1, 2, 3, 4]
del d[1]
del d[-1]
print(d)
d[1:1] = [7, 8]
print(d)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
x = [1]
x *= 0
print(x)
