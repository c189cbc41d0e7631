# with without ':'
with open(x) as f
    pass
