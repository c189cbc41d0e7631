print("  [pkg_once body runs]")
loads = 1
