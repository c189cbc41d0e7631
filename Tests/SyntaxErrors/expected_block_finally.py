# finally with an unindented body
try:
    pass
finally:
pass
