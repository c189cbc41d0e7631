# __traceback__ links frames with their line numbers.
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e = KeyError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
