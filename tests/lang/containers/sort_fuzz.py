# sorted(): stability and order on many shapes of input (runs, duplicates, mixed types).
state = [99]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
bad = 0
for trial in range(150):
    n = [0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000][rnd(13)]
    mode = rnd(7)
    if mode == 0: a = [rnd(10) for _ in range(n)]
    elif mode == 1: a = [rnd(1000) / 7 for _ in range(n)]
    elif mode == 2: a = ['s%d' % rnd(50) for _ in range(n)]
    elif mode == 3: a = sorted(rnd(100) for _ in range(n))
    elif mode == 4: a = sorted((rnd(100) for _ in range(n)), reverse=True)
    elif mode == 5:
        a = list(range(n))
        for _ in range(n // 10 + 1):
            if n:
                i = rnd(n); j = rnd(n); a[i], a[j] = a[j], a[i]
    else: a = [[1, 2.5, -3, 0.0, 7][rnd(5)] for _ in range(n)]
    recs = [(x, i) for i, x in enumerate(a)]
    for rev in (False, True):
        got = sorted(recs, key=lambda r: r[0], reverse=rev)
        for i in range(len(got) - 1):
            x, y = got[i], got[i + 1]
            if (y[0] < x[0]) if not rev else (x[0] < y[0]): bad += 1
            if x[0] == y[0] and x[1] > y[1]: bad += 1
        s2 = sorted(a, reverse=rev)
        if len(s2) != len(a): bad += 1
print('bad', bad)  # expect: bad 0
print(sorted([3, 1, 2]), sorted([2.5, -1.0, 0.5]), sorted(['b', 'a', 'c']), sorted([1, 0.5, True, -2]))  # expect: [1, 2, 3] [-1.0, 0.5, 2.5] ['a', 'b', 'c'] [-2, 0.5, 1, True]
print(sorted(range(20), key=lambda v: v % 3), sorted('hello world', reverse=True))  # expect: [0, 3, 6, 9, 12, 15, 18, 1, 4, 7, 10, 13, 16, 19, 2, 5, 8, 11, 14, 17] ['w', 'r', 'o', 'o', 'l', 'l', 'l', 'h', 'e', 'd', ' ']
