# Writing to sys.stderr: print(file=sys.stderr) and sys.stderr.write; only stdout and the last stderr line are compared.
import sys
print("to stdout 1")
print("warning: first", file=sys.stderr)
n = sys.stderr.write("second line\n")
print("stderr write returned", n)
print(sys.stderr.errors, sys.stderr is sys.__stderr__, sys.stderr.writable())
print("final", "stderr", "line", sep="-", file=sys.stderr)
