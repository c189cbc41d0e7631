def f():
    s = "été"; global s
