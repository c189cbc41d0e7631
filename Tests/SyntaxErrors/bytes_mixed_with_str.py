# implicit concatenation of str and bytes
x = 'a' b'b'
