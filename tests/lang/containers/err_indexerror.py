l = [1, 2]
l[5]  # expect-error: IndexError: list index out of range
