# f-string !r/!s/!a conversions, the = debug specifier and nested format specs.
x, name, pi = 42, "é\n", 3.14159
print(f"{x!r} {name!r} {name!s} {name!a} {x=} {name=} {pi=:.2f} {x = } {x=!s} {name=!a}")
w, p = 12, 3
print(f"|{pi:{w}.{p}f}|{pi:<{w}}|{x:{'^'}{w}}|{x:{w}d}|")
print(f"{'nested ' + f'{x:>5}'}|", f"{x:#x}{x:o}", f"{[1, 2][1]}{ {'k': 1}['k'] }", f"{x if x else 0:+}")
print(f"{{}} {{{x}}}", f"{3.0:g}", f"{-0.0:z.1f}", f"{1e6:,.0f}", f"{'str':>{w}}")
d = {"a": 1}
print(f"{d['a']=}", f"{len(d)=}", f"{x*2=:5}", f"{(lambda y: y + 1)(1)}")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __repr__(self):
        return "Crepr"
print(f"{C()}", f"{C():abc}", f"{C()!r}", f"{C()=}", f"{C()=:x}", format(C(), "q"))
