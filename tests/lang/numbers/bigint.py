# Big integers: promotion past 2**62, demotion back, exact results.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(30))                  # expect: 265252859812191058636308480000000
print(fact(30) // fact(28))      # expect: 870
print(type(fact(30) // fact(28)).__name__)  # expect: int
print(2 ** 64 - 1)               # expect: 18446744073709551615
print(-(2 ** 63))                # expect: -9223372036854775808
print(4611686018427387903 + 1)   # expect: 4611686018427387904
print((2 ** 62) - 1 == 4611686018427387903)  # expect: True
print(2 ** 100 // 3 ** 20)       # expect: 363558641556578823726
print(-(2 ** 100) // 7, -(2 ** 100) % 7)  # expect: -181092942889747057356671886483 5
print(pow(3, 200, 10 ** 9 + 7))  # expect: 136318165
print(pow(38, -1, 97))           # expect: 23
print(hash(2 ** 100), hash(-(2 ** 61)))  # expect: 549755813888 -2
print((2 ** 70) >> 68, 1 << 70)  # expect: 4 1180591620717411303424
print(~(2 ** 65), -(2 ** 65) & 0xFFFF)  # expect: -36893488147419103233 0
print(abs(-(10 ** 20)), (10 ** 20).bit_length())  # expect: 100000000000000000000 67
print(f"{2 ** 70:,}")            # expect: 1,180,591,620,717,411,303,424
print(f"{2 ** 70:x}", hex(2 ** 70))  # expect: 400000000000000000 0x400000000000000000
print(10 ** 20 / 10 ** 10, 2 ** 1100 / 2 ** 1000)  # expect: 10000000000.0 1.2676506002282294e+30
print(10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)  # expect: True False
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a % 10 ** 10)              # expect: 4990979600
