d = {}
d[(1, 2)]  # expect-error: KeyError: (1, 2)
