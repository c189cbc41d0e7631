# typographic quotes
x = “hi”
