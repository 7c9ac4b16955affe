# heapq: push/pop order, heapify, nlargest/nsmallest, merge, heappushpop/heapreplace.
import heapq
h = []
for v in [5, 1, 4, 2, 3]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(5)])  # expect: [] [1, 2, 3, 4, 5]
data = [9, 3, 7, 1, 8, 2]
heapq.heapify(data)
print(data, data[0])  # expect: [1, 3, 2, 9, 8, 7] 1
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)  # expect: 0 1 [2, 3, 7, 9, 8, 10]
print(heapq.nlargest(3, [1, 5, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))  # expect: [9, 5, 3] [1, 3] ['ccc', 'bb']
print(list(heapq.merge([1, 3, 5], [2, 4, 6])), list(heapq.merge([3, 1], [2], key=lambda x: -x)))  # expect: [1, 2, 3, 4, 5, 6] [3, 2, 1]
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exit"))
print([heapq.heappop(tasks)[1] for _ in range(3)])  # expect: ['read', 'write', 'exit']
