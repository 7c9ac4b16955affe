# copy.copy and copy.deepcopy: containers, instances, memo for shared/cyclic references, hooks.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.deepcopy(a)
c = copy.copy(a)
b[1].append(9)
print(a, b, c[1] is a[1], b[2] is a[2])  # expect: [1, [2, 3], {'k': [4]}] [1, [2, 3, 9], {'k': [4]}] True False
class O:
    def __init__(self):
        self.x = [1]
o = O()
o2 = copy.deepcopy(o)
o3 = copy.copy(o)
print(o2.x, o2.x is o.x, o3.x is o.x, type(o2).__name__)  # expect: [1] False True O
shared = [1]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)  # expect: True False
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)  # expect: True False
class Hooked:
    def __copy__(self):
        return "shallow hook"
    def __deepcopy__(self, memo):
        return "deep hook"
print(copy.copy(Hooked()), copy.deepcopy(Hooked()))  # expect: shallow hook deep hook
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))  # expect: True False True
