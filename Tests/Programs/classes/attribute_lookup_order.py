# Lookup order: data descriptor on type, then instance dict, then non-data descriptors and class attributes.
class Desc:
    def __init__(self, label, data):
        self.label = label
        if data:
            self.__set__ = None
    def __get__(self, obj, t=None):
        return self.label
class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor"
    def __set__(self, obj, v):
        obj.__dict__["dd"] = v
class Base:
    shared = "class attribute from Base"
class C(Base):
    dd = DataDesc()
    def method(self):
        return "method"
c = C()
c.__dict__.update({"dd": "instance dd", "method": "instance method attr", "shared": "instance shared"})
print(c.dd, c.method, c.shared)
del c.__dict__["shared"]
print(c.shared, C.shared, C.__dict__.get("shared"), "shared" in Base.__dict__)
C.shared = "now on C"
print(c.shared, Base.shared)
