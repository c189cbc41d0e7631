# def with an unindented body
def f():
pass
