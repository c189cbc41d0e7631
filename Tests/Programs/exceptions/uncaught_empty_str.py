# An uncaught exception whose str() is empty prints only its type name.
class Quiet(Exception):
    def __str__(self):
        return ""
print("about to raise")
raise Quiet("message hidden by __str__")
