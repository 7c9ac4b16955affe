# The caret points at the token where the parser gave up.
if True:
    x = 1 +
print(x)
