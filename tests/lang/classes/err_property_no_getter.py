# Reading a property that has no getter.
class Config:
    name = property()
print('reading')  # expect: reading
Config().name
# expect-error: AttributeError: property 'name' of 'Config' object has no getter
