# Deep mutual recursion between two functions and through a method.
import sys
sys.setrecursionlimit(200000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100000), is_odd(77777))
class Walker:
    def walk(self, n):
        return n if n == 0 else self.walk(n - 1) + 1
print(Walker().walk(60000))
