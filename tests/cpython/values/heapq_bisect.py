import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
l = [9, 4, 7, 1, 0, 3]; heapq.heapify(l); print(l, [heapq.heappop(l) for _ in range(len(l))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=False)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'read')); heapq.heappush(tasks, (3, 'exec')); heapq.heappush(tasks, (1, 'alpha'))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print(e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right([1, 2], 2, lo=0, hi=1))
bisect.insort(recs, ('d', 6), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
for f in [lambda: heapq.heapreplace([], 1), lambda: heapq.heappop([]), lambda: heapq.heappushpop([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5),
          lambda: heapq.heapreplace((), 1), lambda: heapq.heappop(()), lambda: heapq.heappushpop((), 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
