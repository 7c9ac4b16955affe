# sys.stdout / sys.stderr objects: write, flush, .buffer shares the descriptor in order, stdin iteration.
# stdin: first
# stdin: second
import sys
print("text1")  # expect: text1
sys.stdout.buffer.write(b"bin1\n")  # expect: bin1
print("text2", end="")
sys.stdout.buffer.write(b"|bin2\n")  # expect: text2|bin2
print(sys.stdout.write("w\n"))  # expect: w
# expect: 2
print(sys.stdout.buffer.write(b"xyz\n"))  # expect: xyz
# expect: 4
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.mode, sys.stdin.mode)  # expect: True True w r
print([line.rstrip() for line in sys.stdin])  # expect: ['first', 'second']
print(repr(sys.stdin.read()))  # expect: ''
sys.stdout.flush()
print("done", flush=True)  # expect: done
