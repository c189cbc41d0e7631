# return in finally overrides the try's return value and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"
        print("finally sees", x)
def k():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f(), g(), h(), k())
def order():
    log = []
    def inner():
        try:
            log.append("try")
            return log.append("return expr") or "value"
        finally:
            log.append("finally")
    v = inner()
    return v, log
print(order())
