# Exceptions raised and handled inside generators, around yields and across next() calls.
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except GeneratorExit:
            raise
        except Exception as e:
            yield f"error: {e}"
        else:
            pass
print(list(safe_div([(1, 2)])))
def tricky():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        yield "handled " + str(e)
    yield "after"
print(list(tricky()))
def context_kept():
    try:
        raise ValueError("outer")
    except ValueError:
        yield "inside handler"
        try:
            raise KeyError("inner")
        except KeyError as e:
            yield repr(e.__context__)
print(list(context_kept()))
def gen_with_finally():
    try:
        yield "a"
        raise IndexError("boom")
    finally:
        print("  finally before propagation")
try:
    for x in gen_with_finally():
        print(x)
except IndexError as e:
    print("caught", e)
