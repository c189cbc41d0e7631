# A __str__ that formats itself with %s alternates str() and its own frame.
class Echo:
    def __str__(self):
        return "<%s>" % (self,)
def show(x):
    return "%s" % (x,)
print("start")
print(show(Echo()))
