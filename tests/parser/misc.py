if __name__ == '__main__':
    main()
x = a[b:c, d:e:f, ...]
y = not not x
z = x if not y else -y
w = (a, *b, c)
v = [*range(3)]
u = {1, 2, *s}
t = a.b.c(d)(e)[f]
s = 'a' 'b' \
    'c'
r = ((a))
q = (((a, b)))
p = (yield_ := 1)
def f(a, b): return a.b(c)[d].e(*f, **g).h
x = [i for i in range(10) if i % 2 if i % 3]
x = {k: v for k, v in d.items()}
print(*args, sep='', end='\n', file=sys.stderr)
x = a.b.c(d=e)[f:g](h)
