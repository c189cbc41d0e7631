# Formatting bool (an int), None and containers with format specs, %-format and str.format.
print(format(True, "d"), format(True, "5"), format(True, ">5"), format(False, "b"), format(True, ".2f"), format(True, "%"))
print(f"{True!s:>6}|{True:>6}|{True!r}", "%s %d %5.1f" % (True, True, True), "{:^7}|{!s:^7}".format(False, False))
for obj, spec in ((None, ">6"), ([1], "s"), ((1,), "^9"), ({}, "x")):
    try:
        print(format(obj, spec))
    except TypeError as e:
        print(type(e).__name__, e)
print("{!s:>6}|{!r:<8}|".format(None, [1]), f"{None!s:^8}|", f"{[1, 2]!s:>10}", f"{(1, 'a')!r:-^14}")
