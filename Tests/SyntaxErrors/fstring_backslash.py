# backslash inside the expression part
x = f"{'\n'.join(y)}"
