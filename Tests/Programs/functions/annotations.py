# Function and variable annotations are evaluated and stored in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x): pass
print(g.__annotations__)
count: int = 5
label: str
print(__annotations__, count)
class C:
    x: int
    y: float = 1.0
    z = 2
print(C.__annotations__, C.y, hasattr(C, "x"))
def h():
    local: int = 3
    return local
print(h(), h.__annotations__)
