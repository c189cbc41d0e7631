# Class bodies are no binding scope for nonlocal.
class C:
    nonlocal x
