# a Latin-1 cookie decodes U+00A4, which is not allowed bare
# coding: latin-1
x = 1 ¤
