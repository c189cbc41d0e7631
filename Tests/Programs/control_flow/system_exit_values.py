# SystemExit codes: None is 0, caught SystemExit, exit code from raise SystemExit(3).
import sys
for arg in (None, 0, 5, "text", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
raise SystemExit(3)
