# types.GenericAlias (list[int]) and types.UnionType (int | str): repr, attributes, equality, isinstance.
class N: pass
print('__class_getitem__' in type.__dict__, hasattr(N, '__class_getitem__'))
print(type[int], repr(list[int]), list[int].__parameters__, tuple[int, ...], dict[str, list[int]], tuple[()])
print(type(int|str), int|str, (int|str).__args__, int | None, list[int] | None, None | int)
print(list[int] == list[int], hash(list[int]) == hash(list[int]), list[int].__origin__ is list, isinstance(list[int], type))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(list[int].append, type(list[int]([1])))
print(int | str == str | int, (int|str|int), int | int)
try: int | 3
except TypeError as e: print(e)
print(isinstance(3, int | None), isinstance(None, int | None), isinstance("x", int | float), issubclass(bool, str | int))
