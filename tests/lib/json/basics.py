# json: dumps formats (indent, sort_keys, separators, ensure_ascii), loads, decode errors.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}, "uni": "héllo ☃ 😀", "esc": "quote\" back\\ nl\n tab\t"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps(float("inf")), json.dumps("x"), json.dumps(10**20), json.dumps((1, 2)), json.dumps(1e100), json.dumps(0.1))
s = json.dumps(data)
print(json.loads(s) == data, json.loads('[1, 2.5, -3e2, "a\\u00e9\\ud83d\\ude00", true, false, null, {}]'))
print(json.loads(' {"a" : [1 , 2 ] } '), json.loads('"\\n\\t\\/"'), json.loads("NaN") != json.loads("NaN"), json.loads(b'[1]'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('1.5', parse_float=str))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'tru', '[1] x', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)

# Expected output, in order:
# expect: {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": true, "none": null, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}, "uni": "h\u00e9llo \u2603 \ud83d\ude00", "esc": "quote\" back\\ nl\n tab\t"}
# expect: {
# expect:   "age": 30,
# expect:   "esc": "quote\" back\\ nl\n tab\t",
# expect:   "name": "Ann",
# expect:   "nested": {
# expect:     "x": [
# expect:       1,
# expect:       {
# expect:         "y": 2
# expect:       }
# expect:     ]
# expect:   },
# expect:   "none": null,
# expect:   "ok": true,
# expect:   "pi": 3.14,
# expect:   "tags": [
# expect:     "a",
# expect:     "b"
# expect:   ],
# expect:   "uni": "h\u00e9llo \u2603 \ud83d\ude00"
# expect: }
# expect: {"name":"Ann","age":30,"tags":["a","b"],"ok":true,"none":null,"pi":3.14,"nested":{"x":[1,{"y":2}]},"uni":"héllo ☃ 😀","esc":"quote\" back\\ nl\n tab\t"}
# expect: [] {} [
# expect:   []
# expect: ] {"1": 4, "2.5": 3, "null": 5}
# expect: Infinity "x" 100000000000000000000 [1, 2] 1e+100 0.1
# expect: True [1, 2.5, -300.0, 'aé😀', True, False, None, {}]
# expect: {'a': [1, 2]} 
# expect: 	/ True [1]
# expect: ['a'] 1.5
# expect: '' Expecting value: line 1 column 1 (char 0) 0
# expect: '[1,]' Expecting value: line 1 column 4 (char 3) 3
# expect: '{"a" 1}' Expecting ':' delimiter: line 1 column 6 (char 5) 5
# expect: '{"a": 1,}' Expecting property name enclosed in double quotes: line 1 column 9 (char 8) 8
# expect: '[1 2]' Expecting ',' delimiter: line 1 column 4 (char 3) 3
# expect: '"abc' Unterminated string starting at: line 1 column 1 (char 0) 0
# expect: '{1: 2}' Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1
# expect: 'tru' Expecting value: line 1 column 1 (char 0) 0
# expect: '[1] x' Extra data: line 1 column 5 (char 4) 4
# expect: '"\\x"' Invalid \escape: line 1 column 2 (char 1) 1
# expect: Object of type set is not JSON serializable
# expect: keys must be str, int, float, bool or None, not tuple
# expect: {"s": [1, 2]}
# expect: Circular reference detected
