x, y = 3.14159, 42
name = "weft"
print(f"{x:.2f} {y:05d} {y:x} {y:#o} {y:b} {name!r} {name:>8}|{name:<8}|{name:^9}|")
print(f"{x=}, {y = }, {name=!s}, {x=:.1f}, {y*2=}")
print(f"{'nested ' + f'{y}'}", f"{{literal}}", f"{y:{'>'}{10}}", f"{x:{4}.{2}}")
print(f"{1e10:g} {1e-10:e} {12345.678:,.2f} {1234567:_} {0.5:%} {0.25:.0%}")
print(f"{-5:+d} {5:+d} {5: d} {-0.0:+.1f} {3:=5} {-3:=5} {'s':*^7}")
print(f"{[1, 2]!s:>10}", f"{None}", f"{True:d}", f"{True}", f"{3.0}", f"{1/3}")
d = {"a": 1}
print(f"{d['a']}", f'{d["a"]}', f"{len(d)}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print(f"{P():abc}", f"{P()!r}", f"{P()!s}", f"{P()}", format(P(), "z"), "{:q}".format(P()))
print(f"{12:{'0'}{'>'}4}")
print(f"{'abc'!a}", f"{'é'!a}", ascii("é"))
for spec in ["{:d}".format, lambda v: f"{v:d}"]:
    try:
        spec(1.5)
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: f"{1:z}", lambda: f"{'s':d}", lambda: format(1, "abc"), lambda: f"{1.0:x}", lambda: format("s", "+"),
            lambda: format(1, ",s"), lambda: f"{object():>5}", lambda: format([], "x"), lambda: "{}{}".format(1), lambda: "{0}{a}".format(1),
            lambda: "{".format(), lambda: "}".format(), lambda: "{:10".format(1), lambda: format(1, "=s"), lambda: format("x", "=5"),
            lambda: format(2, ".2d"), lambda: format(1.5, "c"), lambda: format(10**30, "c"), lambda: format(True, "s")]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("{0!r:>10}|{1:^5}|{name}".format("a", 2, name="n"), "{:,}".format(10**9), "{0[1]}{0[0]}".format("ab"), "{.real}".format(3))
print("%s %r %d %05.1f %x %o %e %% %c %-4s|" % ("s", "r", 3, 2.25, 255, 8, 12345.6789, 65, "l"))
print("%(a)s %(b)d" % {"a": 1, "b": 2}, "%.3s" % "abcdef", "%*d" % (5, 3), "%i" % 3.9)
for bad in [lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: "%(a)s" % 1, lambda: "%c" % "ab"]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(f"{3!r:>{5}}", f"{'a' 'b'}", f"""{
    1 +
    2
}""")
w = 7
print(f"{w:>{w}}", f"{w!r:^{w}}|")
print(f"{x:.3}", f"{x:10.3e}", f"{1234.5:n}", f"{float('inf'):f}", f"{float('nan'):F}", f"{-float('inf')}")
print(f"{100:,d}", f"{-1234567.891:,.1f}", f"{0:#x}", f"{255:#X}", f"{-255:#b}")
print(format(1.0, ""), format(1e16, ""), format(1.5e-7, ""), str(1e16), repr(1e-5), 1e22, 123456789012345678.0)
