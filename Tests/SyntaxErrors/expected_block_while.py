# while with an unindented body
while x:
pass
