# assignment to a call
f() = 1
