# Calling an instance of a class without __call__.
class Plain: pass
p = Plain()
print(callable(p))  # expect: False
p()
# expect-error: TypeError: 'Plain' object is not callable
