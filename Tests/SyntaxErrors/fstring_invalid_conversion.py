# unknown conversion character
x = f"{y!z}"
