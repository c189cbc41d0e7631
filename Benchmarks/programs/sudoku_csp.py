# A constraint solver: sudoku as a constraint-satisfaction problem. Each cell's
# domain is a bit set of candidate digits; assignments propagate to peers, naked
# singles and hidden singles are forced, and the search branches on the cell with
# the fewest candidates, backtracking by copying the domain list. The puzzles are
# made by the program itself: a full grid from a seeded search, then cells blanked
# by a linear congruential generator. Exercises int bit operations, list copies,
# nested loops, recursion and early exits.
import sys

ALL = 0x3FE  # bits 1..9


def build_units():
    units = []
    for r in range(9):
        units.append([r * 9 + c for c in range(9)])
    for c in range(9):
        units.append([r * 9 + c for r in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            units.append([(br + r) * 9 + bc + c for r in range(3) for c in range(3)])
    units_of = [[u for u in units if cell in u] for cell in range(81)]
    peers = []
    for cell in range(81):
        ps = []
        for u in units_of[cell]:
            for other in u:
                if other != cell and other not in ps:
                    ps.append(other)
        ps.sort()
        peers.append(ps)
    return units, units_of, peers


UNITS, UNITS_OF, PEERS = build_units()
BIT_COUNT = [bin(m).count("1") for m in range(1 << 10)]
BIT_DIGIT = {1 << d: d for d in range(1, 10)}


class Solver:
    def __init__(self):
        self.nodes = 0
        self.propagations = 0

    def assign(self, domains, cell, bit):
        """Remove every candidate except bit from cell; False on contradiction."""
        others = domains[cell] & ~bit
        while others:
            low = others & -others
            if not self.eliminate(domains, cell, low):
                return False
            others ^= low
        return True

    def eliminate(self, domains, cell, bit):
        mask = domains[cell]
        if not mask & bit:
            return True
        mask &= ~bit
        domains[cell] = mask
        self.propagations += 1
        if mask == 0:
            return False
        if BIT_COUNT[mask] == 1:
            for peer in PEERS[cell]:
                if not self.eliminate(domains, peer, mask):
                    return False
        for unit in UNITS_OF[cell]:
            places = [c for c in unit if domains[c] & bit]
            if not places:
                return False
            if len(places) == 1 and domains[places[0]] != bit:
                if not self.assign(domains, places[0], bit):
                    return False
        return True

    def search(self, domains):
        self.nodes += 1
        best = -1
        best_count = 10
        for cell in range(81):
            n = BIT_COUNT[domains[cell]]
            if 1 < n < best_count:
                best = cell
                best_count = n
                if n == 2:
                    break
        if best < 0:
            return domains
        mask = domains[best]
        while mask:
            low = mask & -mask
            mask ^= low
            trial = domains[:]
            if self.assign(trial, best, low):
                result = self.search(trial)
                if result is not None:
                    return result
        return None

    def solve(self, grid):
        domains = [ALL] * 81
        for cell in range(81):
            digit = grid[cell]
            if digit and not self.assign(domains, cell, 1 << digit):
                return None
        return self.search(domains)


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def full_grid(rng):
    # seed the first row with a shuffled permutation, then let the solver finish it
    row = list(range(1, 10))
    for i in range(8, 0, -1):
        j = rng.next(i + 1)
        row[i], row[j] = row[j], row[i]
    grid = row + [0] * 72
    domains = Solver().solve(grid)
    return [BIT_DIGIT[m] for m in domains]


def make_puzzle(rng, solution, clues):
    grid = solution[:]
    cells = list(range(81))
    for i in range(80, 0, -1):
        j = rng.next(i + 1)
        cells[i], cells[j] = cells[j], cells[i]
    for cell in cells[clues:]:
        grid[cell] = 0
    return grid


def check(grid):
    for unit in UNITS:
        if sorted(grid[c] for c in unit) != list(range(1, 10)):
            return False
    return True


def main(count):
    rng = Lcg(20240611)
    solver = Solver()
    checksum = 0
    solved = 0
    for n in range(count):
        solution = full_grid(rng)
        puzzle = make_puzzle(rng, solution, 22 + n % 6)
        domains = solver.solve(puzzle)
        if domains is None:
            continue
        grid = [BIT_DIGIT[m] for m in domains]
        if not check(grid):
            raise AssertionError("bad solution")
        for i, c in enumerate(puzzle):
            if c and grid[i] != c:
                raise AssertionError("clue changed")
        solved += 1
        for i in range(0, 81, 10):
            checksum = (checksum * 10 + grid[i]) % 1000000007
    print("puzzles %d solved %d" % (count, solved))
    print("search nodes %d propagations %d" % (solver.nodes, solver.propagations))
    print("checksum %d" % checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
