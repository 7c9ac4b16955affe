try:
    b'ab\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))  # expect: utf-8 b'ab\xff' 2 3 invalid start byte True
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeError as e:
    print(e)  # expect: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
