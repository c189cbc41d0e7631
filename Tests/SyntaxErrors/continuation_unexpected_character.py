# text after a backslash continuation
x = 1 \ 2
