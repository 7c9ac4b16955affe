def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def show(m, w=6, p=2):
    for row in m:
        print(' '.join(f'{v:{w}.{p}f}' if isinstance(v, float) else f'{v:{w}d}' for v in row))
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 1]]
show(mat_mul(A, B)); show(transpose(A)); print(det(A), det(B), det([[2]]))
I = [[float(i == j) for j in range(3)] for i in range(3)]
show(I, 5, 1)
from fractions import Fraction
def inverse(m):
    n = len(m)
    aug = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[piv] = aug[piv], aug[col]
        pv = aug[col][col]
        aug[col] = [v / pv for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
inv = inverse(A)
for row in inv:
    print([str(v) for v in row])
print(mat_mul(A, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
import math
v = [3.0, 4.0]
print(math.hypot(*v), [x / math.hypot(*v) for x in v], sum(a * b for a, b in zip(v, [1, 2])), math.dist(v, [0, 0]), round(math.degrees(math.atan2(v[1], v[0])), 4))
grid = [[(r * 3 + c) % 4 for c in range(5)] for r in range(4)]
print('\n'.join(''.join('#' if x else '.' for x in row) for row in grid))
print([sum(col) for col in zip(*grid)], max(map(max, grid)), sorted(sum(grid, []))[-3:])
