d = {"a": 1}
print(d["a"])  # expect: 1
d["x"]  # expect-error: KeyError: 'x'
