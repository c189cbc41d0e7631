# await is only allowed inside async def.
def f():
    return await g()
