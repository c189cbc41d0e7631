# class with an unindented body
class A:
pass
