# An uncaught TypeError for a missing argument, reported with the function's qualname.
class Shape:
    def area(self, scale):
        return 4 * scale
print(Shape().area(2))
Shape().area()
