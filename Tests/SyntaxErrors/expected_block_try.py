# try with an unindented body
try:
pass
