# a raw string cannot end in a backslash
x = r"\"
