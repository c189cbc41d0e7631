# Sizes no heap can hold: sequence repeats and padding raise MemoryError or
# OverflowError as CPython does, instead of trapping in an allocation.
def attempt(source):
    try:
        result = eval(source)
        print(source, "->", repr(result)[:40])
    except BaseException as e:
        print(source, "->", type(e).__name__, e)


for source in [
    '[1] * 2**62', '(0,) * 2**62', '[1, 2] * 2**61', '[] * 2**62', '() * 2**62',
    '[1] * -2**62', '(1, 2) * 3', '[None] * 0', 'len([0] * 1000)',
]:
    attempt(source)
