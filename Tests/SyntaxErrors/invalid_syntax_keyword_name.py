# a keyword used as a name
class = 1
