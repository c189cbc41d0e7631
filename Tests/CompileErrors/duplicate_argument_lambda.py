# Keyword-only parameters share the namespace of the others.
f = lambda a, *, a=1: 0
