# sys.exit with a tuple argument prints the tuple to stderr and exits with status 1.
import sys
print("before")
sys.stdout.flush()
sys.exit((1, "two"))
