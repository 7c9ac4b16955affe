# The operator is marked with ^ and its operands with ~, even through
# parentheses and with two-character operators.
def f(a, b):
    x = (a + 1) * b
    return x

def g(a):
    return [a][0] // a

def h(items):
    return items[0][1] + 2

print(f(1, 2))
print(g(3))
try:
    g(0)
except ZeroDivisionError as e:
    print("caught", e)
h([[1]])
