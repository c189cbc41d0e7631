# Recursive calls: Fibonacci, Ackermann, Takeuchi's tak, and a recursive
# binary-tree build and walk. Exercises Python-to-Python call overhead, argument
# passing, integer comparisons, recursion depth of up to a few hundred frames (within CPython's default limit of 1000), and
# tuples as tree nodes.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def count_nodes(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def main(rounds):
    checksum = 0
    for r in range(rounds):
        results = (
            fib(24 + r % 4),
            ack(2, 100 + r % 50),
            ack(3, 3 + r % 4),
            tak(18 + r % 4, 12, 6),
            count_nodes(make_tree(10 + r % 5)),
        )
        checksum = (checksum * 1000003 + sum(results)) % 2147483647
        if r < 4:
            print("round %d: fib=%d ack2=%d ack3=%d tak=%d nodes=%d" % ((r,) + results))
    print("rounds %d checksum %d" % (rounds, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45)
