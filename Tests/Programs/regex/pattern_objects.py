# re.Pattern objects: attributes, repr with flags, equality and hashing, copying, the
# compile cache, re.escape, re.Scanner, parse errors, and the objects' types.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)(x)?')
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags)
print(repr(p), repr(re.compile('a+', re.IGNORECASE)), repr(re.compile(b'a', re.I | re.M)))
print(repr(re.compile('x', re.S | re.X | re.A)), repr(re.compile(r'(?L)a'.encode())), repr(re.compile('é' * 3)))
print(repr(re.compile('y' * 300))[:40], len(repr(re.compile('y' * 300))))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a') == 'a', re.compile(b'a') == re.compile('a'))
print(re.compile(p) is p, re.compile('q+') is re.compile('q+'))
print(p.__deepcopy__({}) is p, p.__copy__() is p)
print(type(p).__name__, type(p).__module__, re.Pattern is type(p), re.Match.__name__)
print(isinstance(p.match('a=1'), re.Match), p.match('a=1').re is p)
try:
    re.compile('(a', 0)
except re.error as e:
    print('error:', e, '|', e.msg, e.pos, e.pattern)
for bad in ['a)', '[a', '*a', 'a**', r'\1(a)', '(?P<1>a)', '(?<=a+)b', 'a{3,1}', r'(?P=x)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)

print(re.escape('a.b*c?(d)[e]{f}|g^h$i\\ j-k#'), re.escape(b'1+1=2'), re.escape('ünï'))

scanner = re.Scanner([
    (r'\d+', lambda s, t: ('NUM', int(t))),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[+*/=-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + y3 * 4 ?'))
print(re.purge(), re.compile('zz').search('azz').span())
print(re.template('a').pattern if hasattr(re, 'template') and False else 'skip template')
print(p.search('k=42').groupdict(), p.fullmatch('k=42x').group(3))
