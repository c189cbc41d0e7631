# Empty bodies with pass and ..., and Ellipsis as a value.
def nothing():
    pass
def stub():
    ...
class Empty:
    pass
class Stub: ...
for _ in range(3):
    pass
while False:
    ...
print(nothing(), stub(), Empty.__name__, Stub.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), bool(...))
print({...: "ellipsis as a key"}[...], [..., ...])
