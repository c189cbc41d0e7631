# The global statement: rebinding module names, creating them, and in nested functions.
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def outer():
    x = "outer local"
    def inner():
        global x
        x = "global from inner"
    inner()
    return x
print(outer(), x)
def reader():
    global counter
    return counter * 10
print(reader())
