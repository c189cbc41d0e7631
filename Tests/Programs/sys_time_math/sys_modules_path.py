# sys.modules entries, sys.path[0] is the script folder, __name__/__file__ of the main module.
import sys, os
print(__name__, os.path.basename(__file__), sys.modules["__main__"].__name__, "os" in sys.modules, type(sys.modules).__name__)
print(os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]), os.path.dirname(os.path.abspath(__file__)) == sys.path[0])
import json
print(sys.modules["json"] is json, "builtins" in sys.modules, sys.modules["builtins"].len is len)
fake = type(sys)("fake_mod")
fake.value = 42
sys.modules["fake_mod"] = fake
import fake_mod
print(fake_mod.value, fake_mod.__name__, repr(fake_mod).startswith("<module 'fake_mod'"))
del sys.modules["fake_mod"]
try:
    import definitely_not_here_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(sorted(k for k in ("sys", "builtins") if k in sys.builtin_module_names))
