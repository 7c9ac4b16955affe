# bisect: left/right insertion points, insort, key=.
import bisect
a = [1, 2, 2, 4]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3), bisect.bisect_left(a, 0), bisect.bisect(a, 9))  # expect: 3 1 3 0 4
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)  # expect: [1, 2, 2, 2, 3, 4]
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] for s in (65, 85, 95)])  # expect: ['D', 'B', 'A']
print(bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))  # expect: 1
