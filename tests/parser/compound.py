if x:
    pass
if x:
    a
else:
    b
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: a
if x: a; b
if x: a
elif y: b
else: c
if (x := 1):
    pass
if x := 1:
    pass
while x:
    pass
while x:
    a
else:
    b
while True: break
while (y := f()): continue
for x in y:
    pass
for x, y in z:
    continue
for x in y, z:
    pass
for (x, y) in z:
    pass
for x in *a, *b:
    pass
for x in y:
    a
else:
    b
for x.a in y: pass
for x[0] in y: pass
for x, in y: pass
for [a, *b] in c: pass
try:
    a
except:
    b
try:
    a
except E:
    b
try:
    a
except E as e:
    b
try:
    a
except (E, F) as e:
    b
except G:
    c
else:
    d
finally:
    e
try:
    a
finally:
    b
try:
    a
except* E:
    b
try:
    a
except* (E, F) as eg:
    b
except* G:
    c
else:
    d
finally:
    e
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with (a):
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with (
    open(a) as f,
    open(b) as g,
):
    pass
with a() as b: pass
with (a, b), c: pass
with (a)(b): pass
with (a) as b: pass
with (a, b,): pass
if a:
    if b:
        if c:
            pass
        elif d:
            pass
    else:
        pass
