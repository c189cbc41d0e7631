# for with an unindented body
for x in y:
pass
