# string: constants, capwords, Template.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)  # expect: abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
print(repr(string.whitespace), string.punctuation, len(string.printable))  # expect: ' \t\n\r\x0b\x0c' !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ 100
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))  # expect: Hello Big World A-B-C
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.get_identifiers())  # expect: tim likes kung pao, $5 ann likes ${what}, $5 ['who', 'what']
try:
    t.substitute(who="x")
except KeyError as e:
    print(repr(e))  # expect: KeyError('what')
