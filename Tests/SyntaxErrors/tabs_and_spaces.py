# a tab-indented block then a space-indented line
def f():
	if x:
        return
