# Mapping patterns match subsets of keys; **rest collects the others.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "shift": True, "alt": False},
          {"type": "scroll"}, {"pos": 1}, [("type", "click")], {"type": "click", "pos": [3, 4], "extra": 0}]
for e in events:
    print(handle(e))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type="key", key="z")), handle(defaultdict(int, type="move")))
