# the line ends after a binary operator
y = 2 +
