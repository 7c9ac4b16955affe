# types: SimpleNamespace and the names of built-in types.
import types
import sys
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[3]), vars(ns))  # expect: namespace(a=1, b='x', c=[3]) 1 True {'a': 1, 'b': 'x', 'c': [3]}
def f():
    pass
def gen():
    yield 1
async def co():
    pass
c = co()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))  # expect: True True True
print(isinstance(c, types.CoroutineType), isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))  # expect: True True True
c.close()
class K:
    def m(self):
        pass
print(isinstance(K().m, types.MethodType), types.NoneType, type(int | str) is types.UnionType, types.GenericAlias)  # expect: True <class 'NoneType'> True <class 'types.GenericAlias'>
m = types.ModuleType("made")
m.x = 5
print(m.__name__, m.x)  # expect: made 5
