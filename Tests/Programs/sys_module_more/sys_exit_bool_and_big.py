# sys.exit(True) exits with status 1; sys.exit with an int subclass; atexit handlers still run.
import atexit
import sys
atexit.register(print, "atexit handler", 1)
class Code(int):
    pass
try:
    sys.exit(Code(4))
except SystemExit as e:
    print(type(e.code).__name__, e.code)
print("exiting")
sys.exit(True)
