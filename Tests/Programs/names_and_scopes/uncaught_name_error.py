# An uncaught NameError prints a traceback and exits with status 1.
def use():
    return missing_name + 1
print("start")
use()
