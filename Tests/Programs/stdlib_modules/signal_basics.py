# signal: the enums, handlers (Python ones run at the next check), getsignal, strsignal.
import os
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL))
seen = []

def handler(signum, frame):
    seen.append(signum)

old = signal.signal(signal.SIGUSR1, handler)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print(seen)
signal.raise_signal(signal.SIGUSR1)
print(seen, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(seen, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
for bad in ((0, signal.SIG_DFL), (signal.SIGINT, "x"), (signal.SIGKILL, signal.SIG_IGN)):
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(10):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.SIGINT in signal.valid_signals(), len(signal.valid_signals()))
print(signal.default_int_handler.__name__)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
