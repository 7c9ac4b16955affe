from collections import Counter, defaultdict
import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
counts = Counter(words)
print(f"{'word':<12}{'count':>6}")
print('-' * 18)
for w, c in counts.most_common(8):
    print(f'{w:<12}{c:>6}')
print(len(words), len(counts), sum(counts.values()))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ', '.join(by_len[k]))
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(5), sorted(letters)[:5])
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f'{i:02d}: {line[:30]!r:<35} len={len(line):>3}')
caps = ' '.join(w.capitalize() for w in words[:6])
print(caps, caps.swapcase(), caps.center(40, '.'))
table = str.maketrans('aeiou', '43105')
print(text[:40].translate(table))
freq = {ch: text.count(ch) for ch in 'aeiou'}
print(freq, sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print('%-10s|%5.1f%%' % ('vowels', 100 * sum(freq.values()) / len(text)))
acr = ''.join(w[0] for w in 'portable network graphics'.split()).upper()
print(acr, 'racecar' == 'racecar'[::-1], sorted('listen') == sorted('silent'))
