# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j, end="; ")
    else:
        print("never")
    if i == 2:
        continue
    print("end of outer", i)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)
i = 0
while True:
    i += 1
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    if i > 3:
        break
print(i, j)
