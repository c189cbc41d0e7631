# __import__, issubclass with abstract classes, hash of builtin functions, and id-free builtin identity.
m = __import__("math")
print(m.sqrt(4), __import__("os.path").path.basename("/a/b"), __import__("os.path", fromlist=["join"]).__name__)
try:
    __import__("no_such_mod_xyz")
except ImportError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins), callable(builtins.open), type(builtins.__dict__).__name__)
print(len.__name__, len.__qualname__, print.__module__, type(len).__name__, hash(len) == hash(len), len.__self__ is builtins)
print(abs.__doc__.splitlines()[0], type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
from collections.abc import Sequence, Mapping, Callable
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Sequence), isinstance(len, Callable), issubclass(set, Sequence))
