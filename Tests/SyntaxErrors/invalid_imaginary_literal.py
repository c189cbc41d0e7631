# an underscore after j
x = 1_000j_
