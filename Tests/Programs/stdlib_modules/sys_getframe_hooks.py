# sys._getframe and frame attributes; sys.excepthook, audit hooks, switch interval, prefixes.
import sys


def outer():
    return inner()


def inner():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    caller = sys._getframe(1)
    return names, caller.f_code.co_name, caller.f_lineno, "inner" in caller.f_globals


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
print(sys._getframe().f_globals is globals(), sys._getframe().f_locals is globals())


def with_locals(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())


print(with_locals(1))
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)

events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("test.") else None)
sys.audit("test.one", 1, "two")
sys.audit("test.none")
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print(type(e).__name__, e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.is_finalizing())
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.platlibdir)
print(sys.excepthook is sys.__excepthook__)


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb.tb_frame.f_code.co_name)


sys.excepthook = hook
raise RuntimeError("reported by the hook")
