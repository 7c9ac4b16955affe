import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14, 'nested': {'x': [1, {'y': 2}]}, 'uni': 'é日', 'esc': 'a"b\\c\n\t'}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, 2], indent=4), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({'a': []}, indent=1))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')), json.dumps([1, 2], separators=(', ', ': ')), json.dumps({'a': 1}, indent='\t'))
print(json.dumps(1.0), json.dumps(1e100), json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0), json.dumps(10**30), json.dumps(0.1))
print(json.dumps('\u2028\x00\x1f\x7f'), json.dumps('😀'), json.dumps('😀', ensure_ascii=False), json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}))
print(json.dumps((1, 2)), json.dumps({'t': (1,)}), json.dumps('x'), json.dumps(None), json.dumps(False))
back = json.loads(s)
print(back == data, back['nested']['x'][1]['y'], type(back['pi']).__name__)
print(json.loads('[1, 2.5, "x", true, false, null, {"a": {}}, [], -0, 1e3, 1E-2, -12.5e+2]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\"\\/"'), json.loads(' {"a" : 1 } '), json.loads('NaN'), json.loads('-Infinity'), json.loads('123456789012345678901234567890'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('3'), json.loads(b'[1]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('1.5', parse_float=str), json.loads('7', parse_int=float), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
for bad in ['', '{', '[1,]', '{"a" 1}', "{'a': 1}", '[1 2]', 'tru', '"abc', '{"a": 1,}', '01', '1 2', '"\\x"', '[', 'nul', '{"a":1}}', '"\t"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.pos, e.lineno, e.colno)
for bad in [{1, 2}, object(), b'x', {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps({'s': {3, 1}}, default=lambda o: 'SET'))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent=3))
print(json.loads('{"k": [1, 2, {"z": null}]}\n'), issubclass(json.JSONDecodeError, ValueError))
import io
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf)
print(buf.getvalue(), json.load(io.StringIO('{"y": 2}')))
print(json.dumps("multi\nline", indent=2), json.dumps([[1, 2], [3, [4]]], indent=2))
