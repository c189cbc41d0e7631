# a dict display with a key and no value
x = {1: 2, 3}
