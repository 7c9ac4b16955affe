x, y
