values = [x for y in z if (x := y) for x in w]
