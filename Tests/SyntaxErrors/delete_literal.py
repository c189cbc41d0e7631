# del of a list containing a literal
del [a, 1]
