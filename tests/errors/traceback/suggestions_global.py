# A name suggestion from the module's globals, then from builtins.
counter = 0


def bump():
    global counter
    counter += 1
    return countr


try:
    bump()
except NameError as e:
    print("caught:", e)
lenght = 3
print(lenn([1, 2]))
