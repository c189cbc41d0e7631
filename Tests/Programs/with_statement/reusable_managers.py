# Class-based managers can be reused and nested in themselves; state tracks depth.
class Depth:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        print("  " * self.level + f"enter {self.level}")
        return self.level
    def __exit__(self, *a):
        print("  " * self.level + f"exit {self.level}")
        self.level -= 1
d = Depth()
with d as one:
    with d as two:
        with d as three:
            print("levels", one, two, three)
with d:
    pass
print("final level", d.level)
def use_twice(cm):
    for _ in range(2):
        with cm as level:
            print("reused at level", level)
use_twice(d)
