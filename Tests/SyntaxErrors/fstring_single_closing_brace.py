# lone '}'
x = f"a}b"
