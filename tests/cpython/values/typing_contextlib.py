from typing import List, Dict, Optional, Union, Callable, Tuple, Any, Set, Iterable, Iterator, Sequence, Mapping, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Literal, Final, ClassVar, cast, overload, get_type_hints
import typing
def f(xs: List[int], m: Dict[str, List[int]], o: Optional[int] = None, cb: Callable[[int], str] = str) -> Union[int, str]:
    return cb(sum(xs) + len(m) + (o or 0))
print(f([1, 2], {'a': [1]}, 3), f.__annotations__['o'], f.__annotations__['return'])
print(List[int], Dict[str, int], Optional[str], Union[int, str], Union[int, None], Tuple[int, ...], Callable[..., int], Set[float], Any, Iterable[int], list[int], dict[str, tuple[int, int]], int | None)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box(5).get(), Box[int], T, Box.__name__)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp('x'), Emp('y', 5)._asdict(), Emp._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
mv: Movie = {'title': 'x', 'year': 1}
print(mv, Movie(title='a', year=2))
print(cast(int, 'x'), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]), Literal['a', 'b'], Final[int], ClassVar[int])
x: int = 5
y: 'List[str]' = []
print(x, y, __annotations__)
class Cls:
    attr: int
    other: str = 'o'
print(Cls.__annotations__, get_type_hints(Cls) == {'attr': int, 'other': str})
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
import io
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise KeyError('boom')
except KeyError as e:
    print('caught', repr(e))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
class Res:
    def close(self): print('closed')
with closing(Res()):
    print('using')
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for n in 'xy':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback')
    print('body')
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return True
with CM() as c:
    raise ValueError('swallowed')
print('done', isinstance(c, CM))
@tag('deco')
def decorated():
    print('in decorated')
decorated()
