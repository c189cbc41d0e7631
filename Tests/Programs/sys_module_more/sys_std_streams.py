# sys.stdout/stderr attributes and writing; sys.__stdout__; displayhook/excepthook presence.
import sys
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.errors, sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.write("written\n"), sys.stdout.write(""), sys.stdout.write("\xe9\n"))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.fileno(), sys.stderr.fileno())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print(callable(sys.displayhook), callable(sys.excepthook), sys.displayhook is sys.__displayhook__)
sys.stderr.write("to stderr\n")
old = sys.stdout
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
c = Cap()
sys.stdout = c
print("captured", 1, sep="-")
sys.stdout = old
print(c.parts)
