# A module body runs once however many ways it is imported; __name__ guards main code.
import pkg_once
import pkg_once as p
from pkg_once import loads
import pkg_once.tool
from pkg_once.tool import main
print(p is pkg_once, loads, main(), pkg_once.tool.__name__)
import importlib
again = importlib.import_module("pkg_once")
print(again is pkg_once)
reloaded = importlib.reload(pkg_once)
print(reloaded is pkg_once, pkg_once.loads)
