# print: sep, end, several arguments, non-string objects, flush, and printing to stderr.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, [1], {"k": (1,)}, sep="|")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*[], sep="x")
print("flushed", flush=True)
print(sep="ignored", end="only end\n")
print("to stderr", file=sys.stderr)
print("x", "y", sep=None, end=None)
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError", e)
print("last line on stdout")
print("last line on stderr", file=sys.stderr)
