# \x needs two hex digits
x = '\x1'
