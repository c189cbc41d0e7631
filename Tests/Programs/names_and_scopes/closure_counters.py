# Each call of a factory creates fresh cells; closures sharing a cell see each other's writes.
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
a = make_counter(0)
b = make_counter(100)
print(a(), a(), b(), a(5), b(10))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = make_acc()
add(3); add(4)
print(total())
def adders():
    return [(lambda n: lambda x: x + n)(k) for k in range(4)]
print([f(10) for f in adders()])
