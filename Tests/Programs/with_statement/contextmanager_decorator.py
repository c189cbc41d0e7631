# contextlib.contextmanager: code before/after yield, exceptions thrown at the yield.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("  swallowed", repr(e))
with swallow(KeyError):
    raise KeyError("k")
try:
    with swallow(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("escaped", repr(e))
try:
    with tag("p"):
        raise IndexError("inside tag")
except IndexError as e:
    print("propagated after finally", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
