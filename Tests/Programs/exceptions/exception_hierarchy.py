# The built-in exception hierarchy.
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (FileNotFoundError, OSError), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
         (UnicodeDecodeError, ValueError), (KeyboardInterrupt, Exception), (SystemExit, Exception),
         (GeneratorExit, BaseException), (StopIteration, Exception), (TimeoutError, OSError),
         (BrokenPipeError, ConnectionError), (IndentationError, SyntaxError), (TabError, SyntaxError),
         (bool, Exception), (Exception, BaseException), (DeprecationWarning, Warning), (Warning, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
