# exec, eval and compile with default and explicit namespaces; globals() and locals().
x = 10
print(eval("x * 2"), eval("1 + 2", {}), eval(" 3 * 4"))  # expect: 20 3 12
exec("y = x + 5")
print(y)  # expect: 15
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)  # expect: 1 2 True
ns = {"n": 3}
print(eval("n ** 2", ns), eval("m + n", ns, {"m": 10}))  # expect: 9 13
code = compile("40 + 2", "<expr>", "eval")
print(eval(code))  # expect: 42
code = compile("z = 7", "<stmts>", "exec")
exec(code)
print(z)  # expect: 7
def f():
    local_v = 5
    return eval("local_v + 1"), sorted(locals())
print(f())  # expect: (6, ['local_v'])
print("x" in globals(), globals() is globals())  # expect: True True
print(exec("pass"))  # expect: None
try:
    eval("undefined_name")
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
try:
    exec(42)
except TypeError as e:
    print(e)  # expect: exec() arg 1 must be a string, bytes or code object
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(e)  # expect: compile() mode must be 'exec', 'eval' or 'single'
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)  # expect: SyntaxError
