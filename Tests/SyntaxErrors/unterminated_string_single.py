# missing closing '
x = 'abc' 'def
