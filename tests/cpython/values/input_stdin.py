# stdin: Alice
# stdin: 42
# stdin: 1 2 3
name = input('Name? ')
age = int(input('Age? '))
nums = list(map(int, input().split()))
print(f'Hello {name}, next year {age + 1}, sum {sum(nums)}')
try:
    input('more? ')
except EOFError as e:
    print('EOFError', e)
import sys
print(sys.stdin.read() == '', repr(sys.stdin.readline()))
