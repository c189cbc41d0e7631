# assignment to a binary operation
a + b = c
