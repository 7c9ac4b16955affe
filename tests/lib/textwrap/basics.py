# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill("short", 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(textwrap.wrap("averyveryverylongwordthatdoesnotfit here", 10))
print(textwrap.fill(text, 25, initial_indent="- ", subsequent_indent="  "))

# Expected output, in order:
# expect: ['The quick brown fox jumps over', 'the lazy dog. The quick brown', 'fox jumps over the lazy dog.', 'The quick brown fox jumps over', 'the lazy dog. The quick brown', 'fox jumps over the lazy dog.']
# expect: The quick brown fox jumps over the lazy
# expect: dog. The quick brown fox jumps over the
# expect: lazy dog. The quick brown fox jumps over
# expect: the lazy dog. The quick brown fox jumps
# expect: over the lazy dog.
# expect: * short
# expect: Hello world, [...]
# expect: '\ndef f():\n    return 1\n'
# expect: '> a\n> b\n\n> c'
# expect: ['averyveryv', 'erylongwor', 'dthatdoesn', 'otfit here']
# expect: - The quick brown fox
# expect:   jumps over the lazy
# expect:   dog. The quick brown
# expect:   fox jumps over the lazy
# expect:   dog. The quick brown
# expect:   fox jumps over the lazy
# expect:   dog. The quick brown
# expect:   fox jumps over the lazy
# expect:   dog.
