# a starred target alone in parentheses
(*a) = 1
