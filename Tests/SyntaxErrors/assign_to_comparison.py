# a comparison as a with target
with a as (b < c):
    pass
