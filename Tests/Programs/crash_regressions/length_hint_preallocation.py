# list() of an iterable preallocates from len() or __length_hint__ (PyObject_LengthHint): errors and huge hints as CPython.
class H:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): return -1
class H2:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): return 'x'
class H3:
    def __iter__(self): return iter([1,2])
    def __len__(self): raise TypeError("no")
class H4:
    def __iter__(self): return iter([1,2])
    def __len__(self): raise ValueError("len failed")
class H5:
    def __iter__(self): return iter([1,2])
    def __length_hint__(self): return 10**30
for f in (lambda: list(H()), lambda: list(H2()), lambda: list(H3()), lambda: list(H4()), lambda: list(H5()),
          lambda: list(range(2**64)), lambda: sorted(range(2**62)), lambda: list(range(2**62)),
          lambda: [1, 2] + list(x for x in range(3)), lambda: list(map(str, range(3)))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
