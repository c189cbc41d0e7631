# Recursive generators: tree walks and combinatorics with yield from.
class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, children
def preorder(node):
    yield node.value
    for c in node.children:
        yield from preorder(c)
def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value
tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(preorder(tree)), list(postorder(tree)))
def subsets(xs):
    if not xs:
        yield []
        return
    for rest in subsets(xs[1:]):
        yield rest
        yield [xs[0]] + rest
print(list(subsets([1, 2, 3])))
def partitions(n, max_part=None):
    max_part = max_part or n
    if n == 0:
        yield ()
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))
