# Loop else clauses and exceptions: an exception skips else; try inside loops with else branches.
def search(items, bad):
    try:
        for x in items:
            if x == bad:
                raise ValueError(f"bad item {x}")
        else:
            print("  loop else ran")
    except ValueError as e:
        print("  caught", e)
search([1, 2, 3], 9)
search([1, 2, 3], 2)
results = []
for n in [4, 0, 2]:
    try:
        r = 8 // n
    except ZeroDivisionError:
        results.append("div0")
        continue
    else:
        results.append(r)
    finally:
        results.append(f"done {n}")
print(results)
i = 0
while i < 5:
    i += 1
    try:
        if i == 3:
            break
    finally:
        print("  finally", i)
else:
    print("not reached")
print("stopped at", i)
