# an f-string without its closing quote
x = f"{y}
