# Reading slices with every combination of start, stop and step signs, also out of range.
xs = list(range(10))
bounds = [None, -12, -7, -3, -1, 0, 2, 5, 9, 12]
steps = [None, 1, 2, 3, -1, -2, -3]
for step in steps:
    print("step", step)
    for start in bounds:
        print("  ", start, [xs[start:stop:step] for stop in bounds])
print(xs[:], xs[::], xs[::-1], xs[-1:-11:-1], xs[100:], xs[:-100], xs[5:2], xs[2:5:-1])
print(xs[::10 ** 20], xs[-(10 ** 20):10 ** 20], xs[::-(10 ** 20)])
