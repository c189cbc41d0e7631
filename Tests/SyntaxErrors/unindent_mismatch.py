# dedent to a column no block started at
if x:
        y = 1
    z = 2
