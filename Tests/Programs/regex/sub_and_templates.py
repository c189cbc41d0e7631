# sub/subn with literal, template (\1, \g<name>, \g<0>, escapes) and callable replacements,
# count, empty matches, Match.expand, and the errors of bad templates.
import re

print(re.sub(r'\d', '#', 'a1b2c3'), re.sub(r'\d', '#', 'a1b2c3', count=2), re.sub(r'\d', '#', 'abc'))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'z', '#', 'abc'), re.subn(r'\d', '#', 'a1b2', 1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first> (\g<0>) \g<1>', 'Ada Lovelace'))
print(re.sub(r'-', r'\n\t\\', 'a-b'), repr(re.sub('a', r'\101', 'a')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '.', 'abc'), re.sub(r'\b', '|', 'hi you'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'\w+', lambda m: m.group().upper() if m.start() else None or '', 'one two three'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.compile(r'o').sub('0', 'foo boo', 3), re.compile('o').subn('0', 'foo', count=1))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub('^', '> ', 'l1\nl2\nl3', flags=re.M))

m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(repr(m.expand(r'[\1][\g<a>][\2]')), m.expand(r'\g<0>!'))

for repl in (r'\3', r'\g<zz>', r'\g<1', '\\'):
    try:
        re.sub(r'(a)(b)', repl, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)

print(re.sub(b'a+', b'<\\g<0>>', b'caaat'), re.subn(rb'(\d)', rb'\1\1', b'1a2'))
print(re.sub(b'a', lambda m: m.group().upper(), bytearray(b'banana')))
print(re.sub(r'e', 'E', 'x' * 10 + 'e' * 5))
