# sys.exit(int) from nested calls and finally blocks sets the exit status.
import sys
def inner():
    try:
        sys.exit(7)
    finally:
        print("finally runs")
try:
    inner()
except SystemExit as e:
    print("caught", e.code)
print("exiting")
sys.exit(42)
