# except* with an unindented body
try:
    pass
except* E:
pass
