# two list items without a comma
x = [1, 2 3]
