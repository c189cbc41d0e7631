# Global and local names shadow builtins; deleting the global reveals the builtin again.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
import builtins
print(builtins.len is len, builtins.abs(-3))
builtins.my_builtin = "added to builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
