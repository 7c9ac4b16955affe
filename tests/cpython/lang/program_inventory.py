# Inventory / text report program with string formatting
from collections import Counter, defaultdict, namedtuple, OrderedDict
Item = namedtuple("Item", "name category price qty")
stock = [
    Item("widget", "tools", 2.50, 10),
    Item("gadget", "tools", 12.99, 3),
    Item("apple", "food", 0.5, 100),
    Item("bread", "food", 2.25, 0),
    Item("phone", "tech", 299.0, 2),
]
print(stock[0], stock[0]._asdict() if hasattr(stock[0], "_asdict") else None)
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it)
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(i.price * i.qty for i in items)
    print(f"{cat.title():<6} {len(items):>2} items  value={value:>9.2f}")
    for i in sorted(items, key=lambda i: (-i.price, i.name)):
        flag = " (out of stock)" if not i.qty else ""
        print(f"    - {i.name:<8}{i.price:>8.2f} x{i.qty:<4}{flag}")
c = Counter(ch for it in stock for ch in it.name)
print(c.most_common(3))
print(sorted(Counter(i.category for i in stock).items()))
p = stock[1]._replace(qty=5)
print(p, p.qty, p[0], len(p), p._fields)
name, cat, *rest = p
print(name, cat, rest)
od = OrderedDict()
od["z"] = 1; od["a"] = 2
od.move_to_end("z")
print(list(od), od)
totals = {}
for it in stock:
    totals.setdefault(it.category, 0)
    totals[it.category] += it.qty
print(totals, max(totals, key=totals.get), min(totals.values()))
report = "\n".join(f"{k}: {'#' * (v // 10)}" for k, v in totals.items())
print(report)
print("%-10s|%6.1f|%03d" % ("row", 3.14159, 7))
print("{:>10}|{:^10}|{:<10}|".format("r", "c", "l"))
print("{0:.3%} {1:+.2e} {2:#x}".format(0.12345, 12345.678, 3054))
table = [["a", 1, 2.5], ["bbb", 22, 0.125]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(v).rjust(w) for v, w in zip(r, widths)))
