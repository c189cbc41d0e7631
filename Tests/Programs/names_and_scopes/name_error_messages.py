# NameError messages for globals, builtins-looking names, free variables and deleted names.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(outer())
x = 1
del x
try:
    x
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
