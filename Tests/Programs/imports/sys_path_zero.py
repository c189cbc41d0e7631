# sys.path[0] is the program's folder; __file__ of the program is its absolute path.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, os.path.basename(here), os.path.basename(__file__))
print(__name__, __spec__ is None, __package__)
