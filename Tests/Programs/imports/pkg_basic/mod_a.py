print("  [pkg_basic.mod_a runs]")
X = "x from mod_a"
def where():
    return __name__, __package__
