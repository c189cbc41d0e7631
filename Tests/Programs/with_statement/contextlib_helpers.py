# contextlib helpers: suppress, nullcontext, ExitStack, closing, redirect_stdout.
import contextlib
import io
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
with contextlib.nullcontext("value") as v:
    print(v)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(contextlib.nullcontext())
    print("body done")
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("captured:", repr(buf.getvalue()))
