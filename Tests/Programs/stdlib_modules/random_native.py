# _random.Random (the Mersenne Twister under random.py) and _sha512, used directly.
import _random
import _sha512


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for seed in (0, 1, 5, -5, 2 ** 32, 2 ** 100 + 7, 1.5, "abc", (1, 2), True):
    r = _random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200))

r = _random.Random(12345)
state = r.getstate()
print(len(state), state[-1], state[:3])
first = [r.random() for _ in range(700)]
r.setstate(state)
print(first == [r.random() for _ in range(700)], r.getstate()[-1])
r.seed(7)
print(r.random())
r.seed()
print(0.0 <= r.random() < 1.0, r.getrandbits(0))


class Sub(_random.Random):
    def __init__(self, x, extra):
        self.extra = extra
        self.seed(x)


s = Sub(3, "e")
print(s.extra, s.random() == _random.Random(3).random())

attempt(lambda: r.getrandbits(-1))
attempt(lambda: r.getrandbits(1.5))
attempt(lambda: r.setstate([]))
attempt(lambda: r.setstate((1,) * 3))
attempt(lambda: r.setstate((1,) * 624 + (625,)))
attempt(lambda: r.setstate((-1,) * 625))
attempt(lambda: _random.Random(1, 2))
attempt(lambda: _random.Random(x=1))
attempt(lambda: r.seed(1, 2))

for data in (b"", b"abc", b"x" * 111, b"y" * 112, b"z" * 128, b"w" * 1000):
    h = _sha512.sha512(data)
    print(len(data), h.hexdigest()[:24], _sha512.sha384(data).hexdigest()[:24])
h = _sha512.sha512()
h.update(b"ab")
c = h.copy()
c.update(b"c")
print(h.hexdigest() == _sha512.sha512(b"ab").hexdigest(), c.digest() == _sha512.sha512(b"abc").digest())
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size)
attempt(lambda: _sha512.sha512("text"))
