s = set()
s.pop()  # expect-error: KeyError: 'pop from an empty set'
