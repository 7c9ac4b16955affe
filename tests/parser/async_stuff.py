async def f():
    await x
    x = await y
    await a.b(c)
    return await z
    x = [await y for y in z]
    x = await a ** b
    x = -await a
    x = await (yield)
    async for a in b:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    async with (a as b, c as d):
        pass
    async for a in b:
        pass
    else:
        pass
    return [x async for x in y]
    yield x
    x = (a async for a in b)
    x = {a async for a in b}
    x = {a: b async for a, b in c}
@dec
async def f(): pass
async def g():
    async with asyncio.timeout(1):
        await asyncio.sleep(2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(x())
