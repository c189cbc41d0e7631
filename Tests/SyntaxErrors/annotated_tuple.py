# annotation on a tuple target
a, b: int = 1
