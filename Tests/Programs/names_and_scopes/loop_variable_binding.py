# for-loop targets stay bound after the loop; unpacking and attribute/subscript targets.
for i in range(3):
    pass
print(i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
d = {}
for d["k"] in range(2):
    pass
print(d)
class O: pass
o = O()
for o.v in "xy":
    pass
print(o.v)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for empty in []:
    pass
print("empty" in dir())
