# A misspelt builtin is suggested from the builtins when no local or global is close;
# str(e) itself carries no suggestion (it is added only when the traceback is printed).
counter = 1
try:
    lenn([1])
except NameError as e:
    print(str(e), e.name)
def report():
    totl = 3
    return pritn(totl)
report()
