# else with an unindented body
while x:
    pass
else:
pass
