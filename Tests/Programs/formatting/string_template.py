# string.Template substitute/safe_substitute, $$ escapes, ${} braces and errors.
from string import Template
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.substitute({"who": "Ann"}, what="pear"), t.safe_substitute(who="X"))
for kw in ({}, {"who": "a"}):
    try:
        t.substitute(**kw)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    Template("$ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$ bad").safe_substitute(), Template("${a}b $a").substitute(a=1), t.template, t.get_identifiers(), t.is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %%").substitute(x=3))
