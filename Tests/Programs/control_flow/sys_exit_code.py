# sys.exit(N) ends the program with status N; finally blocks still run.
import sys
print("start")
try:
    sys.exit(42)
finally:
    print("finally runs")
print("never")
