# An uncaught UnboundLocalError carries the 3.11 message.
def f():
    print(value)
    value = 1
f()
