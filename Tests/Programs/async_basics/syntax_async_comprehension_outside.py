# A list comprehension with async for is only allowed inside async def.
def f(items):
    return [x async for x in items]
