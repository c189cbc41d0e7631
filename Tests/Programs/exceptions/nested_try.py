# Nested try statements: inner handlers first, unhandled exceptions propagate outward.
def level(n):
    try:
        try:
            if n == 1:
                raise KeyError("one")
            if n == 2:
                raise ValueError("two")
            if n == 3:
                raise TypeError("three")
            return "none"
        except KeyError as e:
            return "inner handled " + str(e)
        finally:
            print("  inner finally", n)
    except ValueError as e:
        return "outer handled " + str(e)
    finally:
        print("  outer finally", n)
for n in range(4):
    try:
        print(n, level(n))
    except TypeError as e:
        print(n, "escaped", e)
