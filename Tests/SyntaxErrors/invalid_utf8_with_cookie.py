# invalid UTF-8 in a string despite a utf-8 cookie
# coding: utf-8
x = 'ÿ'
