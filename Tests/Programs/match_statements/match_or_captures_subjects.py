# Or-patterns with captures, capture scoping (globals, class bodies, closures), subjects.
match [2, [3]]:
    case [1, x] | [2, [x]]:
        print("x =", x)
match (1, 2):
    case (x, 1) | (2, x) | (1, x):
        print("alt x", x)
match [1, 2, (3, 4)]:
    case [a, b, (c, d) as e]:
        pass
print(a, b, c, d, e)
print([k for k in globals() if len(k) == 1])
class C:
    match (1, 2):
        case (p, q):
            pass
print(C.p, C.q)
def outer():
    match {"v": 10}:
        case {"v": v}:
            pass
    def inner():
        return v
    return inner()
print(outer())
def gen():
    yield 1
    yield 2
match gen():
    case [a, b]:
        print("a generator is not a sequence")
    case object():
        print("generator subject")
def items():
    for item in [(1, "a"), [2, "b"], {"x": 3}, "s", 4]:
        match item:
            case (n, str() as s): yield f"pair {n} {s}"
            case {"x": n}: yield f"map {n}"
            case str(): yield "str"
            case _: yield "other"
print(list(items()))
untouched = "untouched"
match [5]:
    case [untouched] if False:
        pass
    case _:
        pass
print(untouched)
for v in [1, 5, 10]:
    match v:
        case n if n > 7: print("big", n)
        case n if n > 3: print("mid", n)
        case n: print("small", n)
def loop():
    out = []
    for i in range(6):
        try:
            match i:
                case 0: continue
                case 4: break
                case n: out.append(n)
        finally:
            out.append("f")
    return out
print(loop())
def delete_in_case():
    z = 1
    match z:
        case 1:
            del z
    try:
        return z
    except UnboundLocalError:
        return "unbound"
print(delete_in_case())
match 1:
    case 1:
        annotated: int = 5
print(__annotations__)
