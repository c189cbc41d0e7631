# abc.ABC with abstract methods cannot be instantiated until every method is implemented.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Half(Shape):
    def area(self):
        return 1
class Square(Half):
    def name(self):
        return "square"
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square().describe(), isinstance(Square(), Shape), sorted(Shape.__abstractmethods__))
class Registered(ABC):
    pass
Registered.register(int)
print(isinstance(5, Registered), issubclass(int, Registered), issubclass(str, Registered))
