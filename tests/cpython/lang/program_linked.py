# Linked list and binary search tree with iterators and dunders
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, v):
        return any(x == v for x in self)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 4 in ll, 9 in ll)
print(list(reversed(ll)), sorted(ll), ll == LinkedList([3, 1, 4, 1, 5]), ll + [9, 2])
print(ll.pop(), ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(bool(empty), bool(ll))

class BST:
    class _N:
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)
    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def items(self):
        return ((k, self[k]) for k in self)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def __len__(self):
        return self.size

t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    try:
        t[w] += 1
    except KeyError:
        t[w] = 1
print(list(t), len(t), t.height())
print(dict(t.items()))
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
