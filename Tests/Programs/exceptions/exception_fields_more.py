# Fields of particular exceptions: OSError subclasses by errno, filenames, Unicode errors,
# AttributeError/NameError/ImportError keywords, ExceptionGroup construction errors.
print(repr(OSError(2, 'x', 'f', None, 'h')), str(OSError(2, 'x', 'f', None, 'h')), OSError(1), OSError(1, 2, 3, 4, 5, 6).args)
o = OSError(2, 'x', 'f')
print(o.args, repr(o), o.filename2, type(OSError(17, "e")).__name__, type(OSError(13, "p")).__name__, type(OSError(999, "?")).__name__)
print(AttributeError('m', name='n', obj=3).name, NameError(name='q').name, ImportError('m', name='x', path='p').path, ImportError().msg)
print(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range(128)'))
print(UnicodeEncodeError('ascii', '\u20ac\u20ac', 0, 2, 'nope'))
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'))
print(StopIteration(1, 2).value, SystemExit(1, 2).code, ValueError().args)
try:
    AttributeError("m", bogus=1)
except TypeError as e:
    print("TypeError", e)
for args in (("x", [KeyboardInterrupt()]), (1, [ValueError()]), ("x", ValueError()), ("x",)):
    try:
        ExceptionGroup(*args)
    except TypeError as e:
        print("TypeError", e)
eg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(type(eg).__name__, eg, eg.split((ValueError, TypeError)), eg.subgroup(lambda e: False))
eg.add_note("a note")
m, r = eg.split(KeyboardInterrupt)
print(m.__notes__, r.__notes__, r.exceptions, eg.derive([TypeError()]))
try:
    eg.split(1)
except TypeError as e:
    print("TypeError", e)
