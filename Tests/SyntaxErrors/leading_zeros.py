# a C-style octal literal
x = 012
