# f-strings and format specs as the seed programs use them.
elapsed = 3.14159
n = 1234567
print(f"{elapsed:.2f}s")                 # expect: 3.14s
print(f"{n:,}")                          # expect: 1,234,567
print(f"[{n:>10,}]")                     # expect: [ 1,234,567]
print(f"{7:03d}")                        # expect: 007
print(f"{2.5:08.3f}")                    # expect: 0002.500
print(f"{0.123:+.1%}")                   # expect: +12.3%
print(f"{'abc'!r} {'abc':^7}|")          # expect: 'abc'   abc  |
print(f"{1234567.891:,.2f}")             # expect: 1,234,567.89
print(f"{255:#x} {255:08b} {-5:+d}")     # expect: 0xff 11111111 -5
print(f"{3:{'>'}{5}}|")                  # expect:     3|
print(f"{1e16} {1e-7} {100.0:g}")        # expect: 1e+16 1e-07 100
print("{:<6}|{:^6}|{:>6}".format("a", "b", "c"))  # expect: a     |  b   |     c
print("{0[1]} {1.real} {k}".format([1, 2], 3, k="v"))  # expect: 2 3 v
print("%s has %d items (%.1f%%)" % ("box", 3, 37.5))  # expect: box has 3 items (37.5%)
print("%-5s|%5s|%05.1f" % ("ab", "cd", 3.14159))  # expect: ab   |   cd|003.1
f"{1:z}"  # expect-error: ValueError: Negative zero coercion (z) not allowed in integer format specifier
