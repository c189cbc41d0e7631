# a Latin-1 byte without a coding cookie
x = 1
y = 'é'
