# Names starting with two underscores in a class body are mangled to _Class__name.
class A:
    __secret = "a-secret"
    def get(self):
        return self.__secret
    def set_private(self):
        self.__field = 1
class B(A):
    __secret = "b-secret"
    def get_b(self):
        return self.__secret
b = B()
b.set_private()
print(b.get(), b.get_b(), b._A__secret, b._B__secret, b._A__field)
print(sorted(k for k in vars(A) if "secret" in k), sorted(vars(b)))
class _Under:
    __x = 1
    __y__ = 2
print(sorted(k for k in vars(_Under) if "x" in k or "y" in k))
try:
    b.__secret
except AttributeError as e:
    print("AttributeError", e)
