# An uncaught chained exception: the last stderr line is the outermost exception.
def load():
    try:
        return {}["config"]
    except KeyError as e:
        raise RuntimeError("configuration missing") from e
print("loading")
load()
