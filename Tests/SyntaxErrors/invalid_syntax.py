# two expressions side by side
x = 1
y = 1 2
