# except clauses match by class, base class and tuple; the first matching clause wins.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    return "ok"
for kind in ("key", "index", "zero", "type", "none"):
    try:
        result = risky(kind)
    except KeyError as e:
        result = "KeyError " + repr(e)
    except (IndexError, ZeroDivisionError) as e:
        result = "Index/Zero " + type(e).__name__
    except LookupError:
        result = "never: KeyError and IndexError already matched"
    except Exception as e:
        result = "Exception " + type(e).__name__
    print(kind, "->", result)
try:
    [][1]
except LookupError as e:
    print("caught by base class:", type(e).__name__, e)
try:
    raise ValueError("bare except")
except:
    print("bare except caught it")
