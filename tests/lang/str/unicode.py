# Code-point semantics over UTF-8 storage; full Unicode case mapping.
s = "héllo wörld 😀"
print(len(s), s[1], s[-1], s[6:11])   # expect: 13 é 😀 wörld
print(s.upper())                       # expect: HÉLLO WÖRLD 😀
print("Straße".upper(), "ΣΑΣ".lower())  # expect: STRASSE σας
print(s.find("w"), s.index("😀"), "ö" in s)  # expect: 6 12 True
print(repr("tab\there\n"), repr("it's"), repr("\x7f\xa0\u200b"))  # expect: 'tab\there\n' "it's" '\x7f\xa0\u200b'
print(s.encode()[:6], b"h\xc3\xa9".decode())  # expect: b'h\xc3\xa9llo' hé
print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric())  # expect: True 123 True
print(sorted(["b", "é", "a", "Z"]))    # expect: ['Z', 'a', 'b', 'é']
print("x".join(reversed("abc")), s[::-1][:3])  # expect: cxbxa 😀 d
b"\xff".decode()  # expect-error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
