# assignment to a call that spans two lines
f(1,
  2) = 3
