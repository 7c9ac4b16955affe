def compute(values):
    total = 0
    for value in values:
        total += value
    return totl

print(compute([1, 2]))
