# match with an unindented body
match x:
case 1: pass
