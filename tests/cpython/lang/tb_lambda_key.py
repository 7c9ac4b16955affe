people = [("ann", 31), ("bob", None), ("cid", 25)]
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[1]))
