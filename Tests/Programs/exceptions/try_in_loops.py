# break/continue/return inside try/except/finally in loops run the finally blocks.
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 4:
            break
        log.append(f"body{i}")
    except ValueError as e:
        log.append(f"except{e}")
        continue
    else:
        log.append(f"else{i}")
    finally:
        log.append(f"finally{i}")
print(log)
def search(items):
    for x in items:
        try:
            if x == "stop":
                return "returned"
        finally:
            print("finally for", x)
    return "exhausted"
print(search(["a", "stop", "b"]))
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
