# triple-quoted string running to the end of the file
x = 1
y = """abc

def
