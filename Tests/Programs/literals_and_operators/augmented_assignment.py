# Augmented assignment: in-place for lists, rebinding for immutables, all operators.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1; print(x)
x /= 4; print(x)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
d = {"k": [0]}
d["k"] += [1]
d["k"][0] += 5
print(d)
class C: pass
c = C(); c.n = 1; c.n += 1; print(c.n)
