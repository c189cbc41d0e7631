# sys.exit(None) runs finally blocks and exits with status 0; SystemExit attributes.
import sys
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(0, ) if False else sys.exit("msg")
except SystemExit as e:
    print(repr(e.code), str(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    print("in try")
    sys.exit(None)
finally:
    print("finally ran")
print("not reached")
