# missing closing "
x = "abc
