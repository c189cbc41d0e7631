# '[' closed by ')' on a later line
x = [
    1,
    2
)
