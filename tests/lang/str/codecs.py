# str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16, utf-32 and the error handlers
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: (b'a'.decode('utf-16')))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data
t(lambda: (b'a'.decode('utf-16', 'replace')))  # expect: '�'
t(lambda: (b'a\x00b'.decode('utf-16-le')))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data
t(lambda: (b'\x00\xd8a\x00'.decode('utf-16-le')))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
t(lambda: (b'\x00\xd8a\x00'.decode('utf-16-le', 'replace')))  # expect: '�a'
t(lambda: (b'\x00\xdc'.decode('utf-16-le')))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding
t(lambda: (b'\xff\xfe\x00\xd8'.decode('utf-16')))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data
t(lambda: (b'abc'.decode('utf-32')))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data
t(lambda: (b'\x00\x00\x11\x00'.decode('utf-32-le')))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
t(lambda: (b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')))  # expect: 'a'
t(lambda: (b'\xfe\xff\x00a'.decode('utf-16')))  # expect: 'a'
t(lambda: (b'a\x00'.decode('utf-16')))  # expect: 'a'
t(lambda: (b'\xff\xfe'.decode('utf-16')))  # expect: ''
t(lambda: (b''.decode('utf-16')))  # expect: ''
t(lambda: ([(s, e, s.encode(e)) for s in ['a', 'é😀'] for e in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-be','UTF8', 'utf_8']]))  # expect: [('a', 'utf-16', b'\xff\xfea\x00'), ('a', 'utf-16-le', b'a\x00'), ('a', 'utf-16-be', b'\x00a'), ('a', 'utf-32', b'\xff\xfe\x00\x00a\x00\x00\x00'), ('a', 'utf-32-be', b'\x00\x00\x00a'), ('a', 'UTF8', b'a'), ('a', 'utf_8', b'a'), ('é😀', 'utf-16', b'\xff\xfe\xe9\x00=\xd8\x00\xde'), ('é😀', 'utf-16-le', b'\xe9\x00=\xd8\x00\xde'), ('é😀', 'utf-16-be', b'\x00\xe9\xd8=\xde\x00'), ('é😀', 'utf-32', b'\xff\xfe\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00'), ('é😀', 'utf-32-be', b'\x00\x00\x00\xe9\x00\x01\xf6\x00'), ('é😀', 'UTF8', b'\xc3\xa9\xf0\x9f\x98\x80'), ('é😀', 'utf_8', b'\xc3\xa9\xf0\x9f\x98\x80')]
t(lambda: ('é😀'.encode('utf-16').decode('utf-16')))  # expect: 'é😀'
t(lambda: ('é😀'.encode('utf-32-be').decode('utf-32-be')))  # expect: 'é😀'
t(lambda: ('\ud800'.encode('utf-16')))  # expect: UnicodeEncodeError: 'utf-16' codec can't encode character '\ud800' in position 0: surrogates not allowed
t(lambda: ('\ud800'.encode('utf-8')))  # expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
t(lambda: ('\ud800\udc00'.encode('utf-8')))  # expect: UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed
t(lambda: (b'a\xffb'.decode('utf-8','surrogateescape').encode('utf-8','surrogateescape')))  # expect: b'a\xffb'
t(lambda: (b'a\xffb'.decode('utf-8','surrogateescape')))  # expect: 'a\udcffb'
t(lambda: ('\ud800x'.encode('utf-8', 'replace')))  # expect: b'?x'
t(lambda: ('\ud800x'.encode('utf-8', 'ignore')))  # expect: b'x'
t(lambda: ('\ud800x'.encode('utf-8', 'backslashreplace')))  # expect: b'\\ud800x'
t(lambda: ('\ud800'.encode('utf-8','surrogatepass')))  # expect: b'\xed\xa0\x80'
t(lambda: (b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))  # expect: '\ud800'
t(lambda: ('é'.encode('ascii', 'surrogateescape')))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
t(lambda: ('a\udcff'.encode('latin-1', 'surrogateescape')))  # expect: b'a\xff'
t(lambda: ('é€'.encode('utf-16-le', 'strict')))  # expect: b'\xe9\x00\xac '
t(lambda: ('aé€'.encode('ascii', 'xmlcharrefreplace')))  # expect: b'a&#233;&#8364;'
t(lambda: ('aé€'.encode('ascii', 'backslashreplace')))  # expect: b'a\\xe9\\u20ac'
t(lambda: ('aé€'.encode('latin-1', 'replace')))  # expect: b'a\xe9?'
t(lambda: (b'\xff'.decode('ascii', 'surrogateescape')))  # expect: '\udcff'
t(lambda: (b'\x80abc'.decode('utf-8', 'backslashreplace')))  # expect: '\\x80abc'
t(lambda: (len(chr(0xd800)), repr(chr(0xdfff))))  # expect: (1, "'\\udfff'")
t(lambda: (str(b'\xe9', 'latin-1')))  # expect: 'é'
t(lambda: (bytes('€', 'utf-16-be')))  # expect: b' \xac'
t(lambda: (b'\xff'.decode('ascii')))  # expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
t(lambda: ('é'.encode('ascii')))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
t(lambda: ('éà'.encode('ascii')))  # expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
