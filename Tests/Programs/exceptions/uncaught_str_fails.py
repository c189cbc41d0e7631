# If str() of an uncaught exception fails, the report says so instead.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
print("raising Broken")
raise Broken()
