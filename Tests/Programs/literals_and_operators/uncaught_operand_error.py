# An uncaught TypeError from a binary operation ends the program with status 1.
print("before")
x = None
y = x + 1
print("never")
