# In-place operators that no operand supports name the in-place operator (-=, **=, @=) in the TypeError.
x = 'a'
try: x -= 1
except TypeError as e: print(e)
x = 1
try: x **= 'a'
except TypeError as e: print(e)
x = 1.5
try: x //= 'a'
except TypeError as e: print(e)
class A: pass
a = A()
try: a += 1
except TypeError as e: print(e)
try: a @= a
except TypeError as e: print(e)
x = 5
x += 2
print(x)
