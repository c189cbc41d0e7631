# Comparing very deeply nested lists exhausts the limit inside the rich comparison.
a = []
b = []
for _ in range(10000):
    a = [a]
    b = [b]
print("built")
print(a == b)
