# No consistent C3 linearization: the class statement fails.
class A: pass
class B(A): pass
print('A and B defined')  # expect: A and B defined
class C(A, B): pass
# expect-error: order (MRO) for bases A, B
