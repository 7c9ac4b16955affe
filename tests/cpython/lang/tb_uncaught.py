def parse(s):
    return int(s)

def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

print(load(["1", "2"]))
load(["3", "four"])
