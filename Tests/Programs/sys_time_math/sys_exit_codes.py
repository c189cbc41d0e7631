# sys.exit with a string prints it to stderr and exits 1; SystemExit attributes when caught.
import sys
for arg in ((), (0,), (3,), ("msg",), (None,), ((1, 2),)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, type(e).__mro__[1].__name__)
print("before exit", flush=True)
sys.exit("fatal: goodbye")
