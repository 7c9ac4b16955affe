"abc"
'abc'
"it's"
'say "hi"'
'both \' and "'
"""triple
quoted"""
'''single
triple'''
""
''
"a" "b" 'c'
"tab\there"
"nl\nx\r\f\v\a\b\0"
"\x41\x7f\x80\xff"
"\u00e9\u2603\U0001F600"
"\101\60\7\777"
"unknown \q escape"
"back\\slash"
"line \
continued"
"""multi \
line"""
u"unicode"
U"upper"
u"a" "b"
"a" u"b"
r"raw \n \x"
R'raw'
r"\\"
r'\''
"é"
"日本語"
"a\
b"
"\t\n\r\\\'\""
"\x00\x1f\x7f"
"\u2028\u00a0\u00ad"
"non-printable \x85 \x9f"
"""a"b"""
'''a'b'''
"""a""b"""
""""a"""
'"'
"'"
"'\""
"\d\w\s"
"\
"
