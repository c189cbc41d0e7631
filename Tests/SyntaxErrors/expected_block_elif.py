# elif with an unindented body
if x:
    pass
elif y:
pass
