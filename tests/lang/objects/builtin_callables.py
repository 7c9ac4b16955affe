# Reprs, attributes and checks of native callables and descriptors:
# builtin functions/methods, method/classmethod/getset/member descriptors,
# slot wrappers and method-wrappers.
def noaddr(x): return repr(x).split(' at 0x')[0]
print(len, len.__name__, len.__qualname__, len.__module__, noaddr(len.__self__))  # expect: <built-in function len> len len builtins <module 'builtins' (built-in)>
print(noaddr([].append), [].append.__qualname__, [].append.__name__, [].append.__self__)  # expect: <built-in method append of list object list.append append []
print(list.append, list.append.__qualname__, list.append.__name__, list.append.__objclass__)  # expect: <method 'append' of 'list' objects> list.append append <class 'list'>
print(noaddr(dict.fromkeys), dict.fromkeys.__qualname__, dict.__dict__['fromkeys'], type(dict.__dict__['fromkeys']).__name__)  # expect: <built-in method fromkeys of type object dict.fromkeys <method 'fromkeys' of 'dict' objects> classmethod_descriptor
print(type(len).__name__, type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)  # expect: builtin_function_or_method builtin_function_or_method method_descriptor wrapper_descriptor method-wrapper
print(int.__add__, noaddr((1).__add__), int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)  # expect: <slot wrapper '__add__' of 'int' objects> <method-wrapper '__add__' of int object __add__ int.__add__ <class 'int'>
print(object.__init__, object.__eq__, noaddr(object.__new__), noaddr(object.__init_subclass__))  # expect: <slot wrapper '__init__' of 'object' objects> <slot wrapper '__eq__' of 'object' objects> <built-in method __new__ of type object <built-in method __init_subclass__ of type object
print(type.__dict__['__name__'], type.__dict__['__dict__'], object.__dict__['__class__'])  # expect: <attribute '__name__' of 'type' objects> <attribute '__dict__' of 'type' objects> <attribute '__class__' of 'object' objects>
class S:
    __slots__ = ('a',)
print(S.a, S.a.__name__, S.a.__objclass__)  # expect: <member 'a' of 'S' objects> a <class '__main__.S'>
print(int.__add__(1, 2), (1).__add__(4), list.append.__get__([1])(2), object.__repr__(S)[:13])  # expect: 3 5 None <type object 
print([].append == [].append, len == len, (1).__add__ == (1).__add__)  # expect: False True True
for f in [lambda: list.append(1, 2), lambda: list.append(), lambda: dict.__dict__['fromkeys'](int, [1]),
          lambda: int.__add__('a', 1), lambda: (1).__add__(x=1), lambda: (1).__add__(), lambda: int.__add__(),
          lambda: int.__add__(1, 2, 3), lambda: object.__getattribute__(1, 2), lambda: getattr(1, 2),
          lambda: object.__eq__(1)]:
    try: print(f())
    except TypeError as e: print(e)
# expect: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: unbound method list.append() needs an argument
# expect: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'
# expect: descriptor '__add__' requires a 'int' object but received a 'str'
# expect: wrapper __add__() takes no keyword arguments
# expect: expected 1 argument, got 0
# expect: descriptor '__add__' of 'int' object needs an argument
# expect: expected 1 argument, got 2
# expect: attribute name must be string, not 'int'
# expect: attribute name must be string, not 'int'
# expect: expected 1 argument, got 0
print(object.__eq__(1, 1), object.__ne__(1, 2), object().__eq__(3), object.__lt__(1, 2))  # expect: True True NotImplemented NotImplemented
print(object.__getattribute__(1, 'real'), object.__subclasshook__(), object.__init_subclass__())  # expect: 1 NotImplemented None
print(int.__dict__['real'].__get__(5), int.__hash__(7), int.__repr__(12), object.__str__(3))  # expect: 5 7 12 3
for f in [lambda: setattr(1, 'real', 2), lambda: delattr(1, 'real'), lambda: setattr(1, 'bit_length', 3),
          lambda: setattr(object(), 'x', 1), lambda: setattr(1, 'x', 1)]:
    try: f()
    except AttributeError as e: print(e)
# expect: attribute 'real' of 'int' objects is not writable
# expect: attribute 'real' of 'int' objects is not writable
# expect: 'int' object attribute 'bit_length' is read-only
# expect: 'object' object has no attribute 'x'
# expect: 'int' object has no attribute 'x'
print(callable(len), callable([].append), callable(list.append), callable(int.__add__), callable(staticmethod(len)))  # expect: True True True True True
