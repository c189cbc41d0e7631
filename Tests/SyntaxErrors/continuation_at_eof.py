# backslash continuation on the last line
x = 1 + \