# A block that was never indented.
def f():
return 1
