# Importing standard modules: math, sys, os.path, and from-imports with aliases.
import math
from math import sqrt, pi as PI, factorial
import os.path
import sys
print(sqrt(16), round(PI, 5), factorial(10), math.gcd(12, 18), math.floor(-2.5), math.ceil(2.1))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("archive.tar.gz"), os.path.basename("/x/y/z.py"))
print(type(sys.maxsize).__name__, sys.version_info[:2] >= (3, 11), type(sys.path).__name__)
print(math.__name__, os.path.__name__ in ("posixpath", "ntpath"), "math" in sys.modules)
