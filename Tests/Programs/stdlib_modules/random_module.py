# random.py over _random: the same numbers as CPython for a fixed seed.
import random

random.seed(1)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1))
print(random.getrandbits(31), random.getrandbits(64), random.randrange(0, 100, 7), random.randbytes(5))
for seed in ("hello", b"hello", 1.5, 2 ** 200, -3):
    random.seed(seed)
    print(repr(seed), random.random())
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=4), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.normalvariate(0, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else None)
r = random.Random(42)
print(r.random(), r.randint(0, 10 ** 30), r.sample(["a", "b", "c"], 2))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
