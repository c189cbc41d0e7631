# ')' inside the expression part
x = f"{y)}"
