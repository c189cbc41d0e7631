# AttributeError suggestions come from dir(obj): a case flip costs less than other edits,
# and names too far from the typo are not suggested.
class Config:
    Verbose = True
    def __init__(self):
        self.verbos_level = 1
c = Config()
for typo in ("zzzzzz", "verbose_levle"):
    try:
        getattr(c, typo)
    except AttributeError as e:
        print(e, e.name, e.obj is c)
print(c.verbose)
