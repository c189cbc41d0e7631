# else without ':'
if x:
    pass
else
    pass
