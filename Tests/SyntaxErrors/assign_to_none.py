# assignment to None
None = 1
