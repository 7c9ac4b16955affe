# Graph algorithms: BFS, DFS, Dijkstra with heapq, topological sort
import heapq
from collections import deque
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in sorted(graph[n]):
        if m not in seen:
            dfs(m, seen)
    return seen
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    dist[src] = 0
    pq = [(0, src)]
    prev = {}
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]:
            continue
        for m, w in graph[n].items():
            nd = d + w
            if nd < dist[m]:
                dist[m] = nd
                prev[m] = n
                heapq.heappush(pq, (nd, m))
    return dist, prev
def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
print(dist)
print(" -> ".join(path(prev, "F")), dist["F"])
print(topo())
inf = float("inf")
print(inf, -inf, inf > 10 ** 100, inf - inf, inf == inf, min(inf, 3))
grid = ["#####", "#S..#", "#.#.#", "#..E#", "#####"]
def solve(grid):
    rows = [list(r) for r in grid]
    start = next((r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if rows[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if rows[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
print(solve(grid))
