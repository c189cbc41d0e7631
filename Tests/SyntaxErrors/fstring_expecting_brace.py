# replacement field never closed
x = f"{y"
