from __future__ import annotations


class C:
    c: [(walrus := 1) for _ in ()]
