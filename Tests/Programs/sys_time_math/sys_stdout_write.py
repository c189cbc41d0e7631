# sys.stdout.write returns the count, sys.stdout attributes, writelines and print after write.
import sys
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.writelines(["a", "b\n"])
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print("end")
