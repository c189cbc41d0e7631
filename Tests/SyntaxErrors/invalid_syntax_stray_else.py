# 'else' with no statement before it
x = 1
else:
    pass
