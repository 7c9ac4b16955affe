# contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout, asynccontextmanager.
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout
import io
@contextmanager
def ctx(n):
    print("enter", n)
    yield n * 2
    print("exit", n)
with ctx(1) as v:
    print("body", v)
with suppress(KeyError):
    {}["x"]
print("suppressed")
with nullcontext(5) as n:
    print(n)
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(ctx(2))
    print("in stack")
@contextmanager
def failing():
    try:
        yield
    except ValueError as e:
        print("caught inside", e)
with failing():
    raise ValueError("x")
@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
@ctx(3)
def decorated():
    print("decorated body")
decorated()
@asynccontextmanager
async def actx():
    print("aenter")
    yield "val"
    print("aexit")
async def main():
    async with actx() as v:
        print("inside", v)
coro = main()
try:
    coro.send(None)
except StopIteration:
    print("done")

# Expected output, in order:
# expect: enter 1
# expect: body 2
# expect: exit 1
# expect: suppressed
# expect: 5
# expect: using
# expect: closed
# expect: 'captured\n'
# expect: enter 2
# expect: in stack
# expect: exit 2
# expect: cb1
# expect: caught inside x
# expect: propagated 'k'
# expect: enter 3
# expect: decorated body
# expect: exit 3
# expect: aenter
# expect: inside val
# expect: aexit
# expect: done
