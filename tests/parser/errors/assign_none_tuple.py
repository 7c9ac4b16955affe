(a, None) = 1
