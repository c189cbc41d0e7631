print("  [pkg_broken starts]")
partial = "defined before the error"
raise ValueError("pkg_broken cannot be imported")
