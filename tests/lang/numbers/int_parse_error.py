print(int("  -42 "), int("0x1f", 16), int("1_000"))  # expect: -42 31 1000
int("abc")  # expect-error: ValueError: invalid literal for int() with base 10: 'abc'
