# contextvars: ContextVar get/set/reset, Token attributes, Context mapping, copy isolation, run and its errors.
import contextvars
import re
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar("v", default=10)
w = ContextVar("w")
print(v.name, v.get(), v.get(5), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, type(e.args[0]).__name__, e.args[0] is w)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
for bad in (lambda: v.reset(t2), lambda: w.reset(t), lambda: v.reset("x")):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
v.reset(t)
print(v.get(), "repr", repr(v).startswith("<ContextVar name='v' default=10 at "), repr(w).startswith("<ContextVar name='w' at "))
ctx = copy_context()
w.set("outer")
print(w in ctx, len(ctx), ctx.get(w, "none"), w.get())
def inside(a, b=0):
    w.set("inner")
    return a + b, w.get(), len(copy_context())
print(ctx.run(inside, 1, b=2), w.get(), ctx[w], ctx.get(w))
print(sorted(k.name for k in ctx), [k.name for k in ctx.keys()], list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
def reenter():
    ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(":")[0])
for bad in (lambda: ctx["key"], lambda: ctx[v], lambda: Context(1), lambda: ContextVar(1), lambda: Token()):
    try:
        bad()
    except (TypeError, KeyError, RuntimeError) as e:
        print(type(e).__name__, e if not isinstance(e, KeyError) else "KeyError")
c2 = Context()
print(len(c2), list(c2), c2.run(lambda: w.get("empty")), type(ctx.copy()).__name__, ctx.copy()[w])
print(ContextVar[int], type(hash(v)).__name__, v == v, v != w)
