# caret under a deeply indented line
def f():
    if x:
        y = 1 +* 2
