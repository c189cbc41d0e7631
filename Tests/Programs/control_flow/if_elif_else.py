# if/elif/else chains, nested ifs and conditions of every kind.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 4, 42, 1000)])
x = 7
if x > 5: print("one-line if")
if x > 100: print("no")
elif x > 6: print("one-line elif")
else: print("no")
if not x: pass
else:
    print("else after pass")
if (x > 1 and
        x < 10):
    print("multi-line condition")
