# ''' string running to the end of the file
x = '''abc
