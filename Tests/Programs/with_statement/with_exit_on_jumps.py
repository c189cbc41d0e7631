# return, break and continue inside with blocks still run __exit__.
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("  enter", self.tag)
    def __exit__(self, *a):
        print("  exit", self.tag, a[0])
def early_return():
    with Log("ret"):
        return "returned value"
print(early_return())
for i in range(3):
    with Log(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop", i)
def nested():
    for j in range(2):
        with Log("outer"):
            with Log("inner"):
                if j == 0:
                    continue
                return "from inner"
print(nested())
def value_then_exit():
    x = []
    with Log("order"):
        return x.append("computed before exit") or x
print(value_then_exit())
