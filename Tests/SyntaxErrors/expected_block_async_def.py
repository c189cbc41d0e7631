# async def with an unindented body
async def f():
pass
