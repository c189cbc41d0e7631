class C:
    values = [y := 1 for i in range(3)]
