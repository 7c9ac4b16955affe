# typing: subscripted aliases print as CPython's; TypeVar, Generic, NamedTuple, cast, Optional.
from typing import (List, Dict, Optional, Callable, Union, Any, Tuple, Set, AsyncIterator, Coroutine,
                    TypeVar, Generic, NamedTuple, cast, Iterable, Sequence, Literal, Type, TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Optional[int], Callable[[int], str], Union[int, str], Any)  # expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Callable[[int], str] typing.Union[int, str] typing.Any
print(Tuple[int, ...], Set[str], AsyncIterator[int], Coroutine, Callable[..., int], Literal["a", 1])  # expect: typing.Tuple[int, ...] typing.Set[str] typing.AsyncIterator[int] typing.Coroutine typing.Callable[..., int] typing.Literal['a', 1]
print(Union[int, None], Optional[Union[int, str]], Union[int, int], Type[int], Iterable[str], TYPE_CHECKING)  # expect: typing.Optional[int] typing.Union[int, str, NoneType] <class 'int'> typing.Type[int] typing.Iterable[str] False
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
print(Box(3).v, T, Box[int](4).v)  # expect: 3 ~T 4
def f(x: List[int], y: "Optional[str]" = None) -> Dict[str, int]:
    return {}
print(f.__annotations__)  # expect: {'x': typing.List[int], 'y': 'Optional[str]', 'return': typing.Dict[str, int]}
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("ann")
print(e, e.name, e.id, e._fields, isinstance(e, tuple), Emp("b", 5))  # expect: Emp(name='ann', id=3) ann 3 ('name', 'id') True Emp(name='b', id=5)
print(cast(int, "x"), List[int] == List[int])  # expect: x True
