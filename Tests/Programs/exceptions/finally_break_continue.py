# break and continue inside finally discard a pending exception or return.
def brk():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke at", i
def cont():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
def ret_then_break():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(brk(), cont(), ret_then_break())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
