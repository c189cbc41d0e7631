# The string module's constants and helpers.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$ sign")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)
