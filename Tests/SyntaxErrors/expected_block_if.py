# if with an unindented body
if x:
pass
