"""Docstring of pkg_basic."""
print("  [pkg_basic/__init__ runs]")
VERSION = "1.0"
def top_level():
    return "pkg_basic.top_level"
