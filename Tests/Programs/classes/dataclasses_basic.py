# dataclasses: generated __init__/__repr__/__eq__, defaults, field(default_factory), order, frozen.
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b, Item("x").tags is not Item("y").tags, asdict(a), replace(a, price=2.0))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1, 0)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
@dataclass
class Child(Item):
    size: int = 1
print(Child("c", 2.0, ["t"], 3), [f for f in Child.__dataclass_fields__])
