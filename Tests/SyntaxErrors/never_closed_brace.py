# '{' still open at the end of the file
x = {
    1: 2,
