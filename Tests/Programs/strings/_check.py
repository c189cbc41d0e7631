# Helper for the programs of this folder: print a result or the exception it raised.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
