# dict/set under many random inserts/deletes, checked against a list model.
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
d = {}
model = []
bad = 0
for step in range(6000):
    op = rnd(100)
    kind = rnd(4)
    r = rnd(200)
    k = r if kind == 0 else 'k%d' % r if kind == 1 else (r % 7, 'x') if kind == 2 else (r % 60) * 1.0
    if op < 50:
        v = rnd(10**6)
        d[k] = v
        for i, (mk, mv) in enumerate(model):
            if mk == k:
                model[i] = (mk, v)
                break
        else:
            model.append((k, v))
    elif op < 80:
        if any(mk == k for mk, _ in model):
            del d[k]
            model = [(mk, mv) for mk, mv in model if mk != k]
        elif k in d:
            bad += 1
    elif op < 88:
        if model:
            if d.popitem() != model.pop():
                bad += 1
    elif list(d.items()) != model:
        bad += 1
print(len(d), list(d.items()) == model, bad)  # expect: 65 True 0
s = set()
for step in range(8000):
    x = rnd(1000) - 500
    if rnd(10) < 6:
        s.add(x)
    else:
        s.discard(x)
print(len(s), list(s)[:12])  # expect: 314 [0, 2, 4, 8, 18, 22, 24, 26, 30, 34, 36, 40]
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%d' % self.v
dk = {K(i): i for i in range(50)}
print(dk[K(13)], K(13) in dk, K(99) in dk, len({K(1), K(1), K(8)}))  # expect: 13 True False 2
for i in range(0, 50, 3):
    del dk[K(i)]
print(list(dk)[:10], len(dk))  # expect: [K1, K2, K4, K5, K7, K8, K10, K11, K13, K14] 33
print(list({K(i) for i in range(30)}))  # expect: [K0, K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, K15, K16, K17, K23, K24, K18, K25, K19, K26, K20, K21, K22, K27, K28, K29]
print(list({K(i) for i in range(30)} - {K(i) for i in range(0, 30, 2)}))  # expect: [K7, K1, K9, K3, K11, K5, K13, K15, K17, K23, K25, K19, K21, K27, K29]
big = {}
for i in range(5000):
    big[i * 7919 % 10007] = i
for i in range(0, 5000, 3):
    del big[i * 7919 % 10007]
print(len(big), sum(big), list(big)[:5], list(big)[-3:])  # expect: 3333 16680018 [7919, 5831, 1655, 9574, 5398] [5653, 3565, 9396]
