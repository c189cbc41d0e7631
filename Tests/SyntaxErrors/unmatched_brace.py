# '}' with nothing open
x = 1
}
