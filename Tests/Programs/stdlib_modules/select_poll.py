# select.select and select.poll over pipes.
import os
import select

r, w = os.pipe()
names = {r: "r", w: "w"}

def show(result):
    return [[names[fd] for fd in l] for l in result]

print(show(select.select([r], [w], [], 0)))
os.write(w, b"x")
print(show(select.select([r], [], [], 0.1)))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted((names[fd], ev) for fd, ev in p.poll(0)))
p.modify(w, select.POLLIN)
print(sorted((names[fd], ev) for fd, ev in p.poll(10)))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.read(r, 1)
print(p.poll(0))

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

f = F(w)
print(select.select([], [f], [], 0)[1][0] is f)
for bad in (([], [], [], -1), (1, [], []), ([-1], [], [], 0), ([], [], [], "x")):
    try:
        select.select(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.close(w)
print(select.select([r], [], [], 1)[0] == [r])
os.close(r)
print(select.error is OSError, select.POLLIN, select.POLLHUP)
