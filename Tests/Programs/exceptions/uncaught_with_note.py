# Notes added with add_note are printed after the exception line (3.11).
e = ValueError("bad value")
e.add_note("first note")
e.add_note("while parsing line 3")
print(e.__notes__)
raise e
