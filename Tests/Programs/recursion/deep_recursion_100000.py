# 100000-deep recursion works once the recursion limit is raised.
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100000))
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(100000))
def build(n):
    return None if n == 0 else (n, build(n - 1))
chain = build(50000)
count = 0
while chain is not None:
    count += 1
    chain = chain[1]
print(count)
