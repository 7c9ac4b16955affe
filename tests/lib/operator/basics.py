# operator functions and itemgetter / attrgetter / methodcaller.
import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.neg(3), operator.not_(0), operator.truth([]))  # expect: 3 12 -3 True False
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 1)("ab"), operator.attrgetter("real")(5))  # expect: 2 ('a', 'b') 5
print(operator.methodcaller("upper")("a"), operator.methodcaller("split", ",")("a,b"))  # expect: A ['a', 'b']
print(operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2))  # expect: operator.itemgetter(1) operator.attrgetter('a.b') operator.methodcaller('f', 1, k=2)
print(operator.lt(1, 2), operator.eq("a", "a"), operator.contains([1], 1), operator.is_(None, None))  # expect: True True True True
print(operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]))  # expect: 7 2 2 [1, 2]
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1), reverse=True))  # expect: [('a', 3), ('b', 2)]
class Node:
    def __init__(self): self.child = self; self.name = "n"
print(operator.attrgetter("child.child.name")(Node()))  # expect: n
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.getitem(d, "j"))  # expect: {'j': 2} 2
