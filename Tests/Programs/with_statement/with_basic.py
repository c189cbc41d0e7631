# with calls __enter__ then __exit__; "as" binds the value __enter__ returns.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return f"resource<{self.name}>"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False
with Managed("a") as r:
    print("body with", r)
with Managed("b"):
    print("body without as")
m = Managed("c")
with m as same:
    print(same is m)
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        pass
with ReturnsSelf() as s:
    print(type(s).__name__)
print("after", r)
