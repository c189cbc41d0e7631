# Custom exception classes: hierarchies, extra attributes, __str__ overrides.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code
    def __str__(self):
        return f"{self.name} not found ({self.code})"
class Fatal(AppError):
    pass
for exc in (NotFound("page"), Fatal("disk"), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.args, e.code, repr(e))
    except AppError as e:
        print("AppError:", type(e).__name__, repr(str(e)), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class Plain(Exception):
    def __init__(self):
        pass
print(repr(Plain()), Plain().args)
