# keyword argument name is an expression
f(a.b=1)
