# __class_getitem__ makes Class[...] work; builtin generics produce types.GenericAlias.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __getitem__(cls, item):
        return "metaclass getitem " + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[0])
