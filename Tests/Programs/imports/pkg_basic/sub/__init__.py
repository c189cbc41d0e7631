print("  [pkg_basic.sub/__init__ runs]")
