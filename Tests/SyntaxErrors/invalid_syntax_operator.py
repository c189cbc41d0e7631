# an operator with no left operand
x = 1 +* 2
