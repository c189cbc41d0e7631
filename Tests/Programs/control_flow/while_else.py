# while/else: else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else of a loop that never ran")
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    total += n
else:
    print("continue does not skip else; total =", total)
