# The traceback module over our tracebacks: format_exc, extract_tb, print_exception to a
# stream, walk_stack, code positions (carets).
import io
import sys
import traceback


def fail(x):
    return 10 // x


def middle():
    return fail(0)


try:
    middle()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    out = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=out)
    print(out.getvalue() == text)
    print(traceback.format_exception_only(type(e), e))

try:
    try:
        [][1]
    except IndexError as inner:
        raise KeyError("outer") from inner
except KeyError as e:
    print(traceback.format_exc().replace(__file__, "FILE"))


def stack_names():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]


def caller():
    return stack_names()


print(caller())
print([s.name for s in traceback.extract_stack()][-1:])
lines = traceback.format_stack()
print(len(lines) >= 1, lines[-1].strip().splitlines()[-1])
