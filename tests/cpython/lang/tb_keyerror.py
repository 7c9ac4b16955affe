inventory = {"apple": 3, "pear": 0}
for item in ["apple", "pear", "plum"]:
    print(item, inventory[item])
