# while loops driven by walrus expressions, sentinels and state machines.
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
while (item := data[pos]) != 9:
    pos += 1
print("found 9 at", pos, "after", item)
chunks = iter(["ab", "cd", "", "ef"])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out)
state, steps = "start", []
while state != "end":
    steps.append(state)
    if state == "start":
        state = "middle"
    elif state == "middle":
        state = "check" if len(steps) < 4 else "end"
    elif state == "check":
        state = "middle"
print(steps)
n, digits = 9876, []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
