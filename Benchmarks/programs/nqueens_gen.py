# N-queens with generators: every solution is produced lazily by a recursive
# generator that delegates with `yield from`, columns and diagonals tracked in
# sets; a second, permutation-based generator filters candidate boards with
# generator expressions and all(). Exercises generator creation and resumption,
# yield from chains, set membership, tuples and any/all over genexps.
import sys


def place(n, row, cols, diag1, diag2, board):
    if row == n:
        yield tuple(board)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        board.append(c)
        yield from place(n, row + 1, cols, diag1, diag2, board)
        board.pop()
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def solutions(n):
    return place(n, 0, set(), set(), set(), [])


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def safe(board):
    n = len(board)
    return len({board[i] + i for i in range(n)}) == n and \
        len({board[i] - i for i in range(n)}) == n


def by_permutation(n):
    return (b for b in permutations(list(range(n))) if safe(b))


def symmetric(board):
    n = len(board)
    return all(board[n - 1 - i] == n - 1 - board[i] for i in range(n))


def main(n_search, n_perm):
    for n in range(4, n_search + 1):
        count = 0
        weighted = 0
        sym = 0
        first = None
        for board in solutions(n):
            if first is None:
                first = board
            count += 1
            weighted = (weighted * 7 + sum((i + 1) * c for i, c in enumerate(board))) % 1000003
            if symmetric(board):
                sym += 1
        print("n=%d solutions=%d point-symmetric=%d weighted=%d first=%s"
              % (n, count, sym, weighted, "".join(str(c % 10) for c in first)))
    perm_solutions = list(by_permutation(n_perm))
    same = sorted(perm_solutions) == sorted(solutions(n_perm))
    print("n=%d by permutation: %d solutions, agree with search: %s"
          % (n_perm, len(perm_solutions), same))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11,
         int(sys.argv[2]) if len(sys.argv) > 2 else 9)
