# An uncaught RuntimeError from StopIteration inside a generator.
def gen():
    yield "first"
    next(iter(()))
for v in gen():
    print(v)
