# Unexpected indentation.
x = 1
    y = 2
