# with with an unindented body
with x:
pass
