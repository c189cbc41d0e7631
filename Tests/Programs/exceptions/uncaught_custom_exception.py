# An uncaught exception of a class defined in __main__.
class ConfigError(Exception):
    pass
def check(value):
    if value < 0:
        raise ConfigError(f"negative value: {value}")
check(1)
print("checked 1")
check(-5)
