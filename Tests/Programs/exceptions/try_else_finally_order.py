# Order of try / except / else / finally with and without exceptions.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no exception:")
run(False)
print("exception:")
run(True)
def only_finally():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  outer caught", e)
print("try/finally inside try/except:")
only_finally()
def else_raises():
    try:
        pass
    except ValueError:
        print("  not reached: else is not protected by the except clauses")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else raised", e)
