# an attribute on an int literal
x = 1.__class__
