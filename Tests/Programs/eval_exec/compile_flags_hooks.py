# compile() flags CPython accepts (the __future__ features, CO_NESTED from a nested
# function's co_flags, PyCF_ONLY_AST) and rejects; sys.excepthook with odd arguments.
import __future__
import ast
import sys

valid = 0
for name in __future__.all_feature_names:
    valid |= getattr(__future__, name).compiler_flag


def outer():
    def inner():
        return 1
    return inner


flags = ast.PyCF_ONLY_AST | (outer().__code__.co_flags & valid)
tree = compile("x = 1\n", "<unknown>", "exec", flags=flags, dont_inherit=True)
print(type(tree).__name__, ast.dump(tree))
for f in [0x10, 0x20000, 0x1000000, 0x1000, 0x8000, 0x10000, 1 << 30]:
    try:
        compile("x = 1", "f", "exec", f, dont_inherit=True)
        print(hex(f), "accepted")
    except ValueError as e:
        print(hex(f), type(e).__name__, e)
print(sys.excepthook("utf-8", -1, 1j))
print(sys.excepthook(ValueError, ValueError("shown"), None))
