# Object lifetime: __del__ runs when the last reference goes, errors in
# __del__ are reported and ignored, long chains of instances free without
# exhausting the C stack, and heap classes survive their instances.
class Del:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
d = Del('a'); del d  # expect: del a
print('after a')  # expect: after a
def scope():
    x = Del('local')
    print('in scope')
scope()  # expect: in scope
# expect: del local
print('after scope')  # expect: after scope
lst = [Del('in list')]
lst.clear()  # expect: del in list
print('after clear')  # expect: after clear
class Res:
    saved = []
    def __del__(self):
        print('resurrecting')
        Res.saved.append(self)
Res()  # expect: resurrecting
print(len(Res.saved))  # expect: 1
class Node:
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(300000): n = Node(n)
del n
print('deep chain freed')  # expect: deep chain freed
class SNode:
    __slots__ = ('nxt',)
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(300000): n = SNode(n)
n = None
print('deep slots chain freed')  # expect: deep slots chain freed
def make():
    class Temp:
        def __del__(self): print('temp del')
    return Temp()
t = make(); print(type(t).__name__); del t  # expect: Temp
# expect: temp del
print('end')  # expect: end
