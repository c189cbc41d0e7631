# The _sre module itself: constants, the character helpers re._compiler uses, and
# _sre.compile on programs written out by hand (the numbers re._compiler emits), including
# the validation of malformed programs.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9)], [_sre.ascii_tolower(c) for c in (65, 97, 0xc9)])
print([_sre.unicode_iscased(c) for c in (65, 48, 0xe9, 0x130, 0xdf, 0x3c2, 0x1f600)])
print([hex(_sre.unicode_tolower(c)) for c in (65, 0xc9, 0x130, 0x1e9e, 0x3a3, 0x212a, 0x10400)])

MAX = _sre.MAXREPEAT
a_plus_b = _sre.compile('a+b', 32, [14, 4, 0, 2, MAX, 24, 6, 1, MAX, 16, 97, 1, 16, 98, 1], 0, {}, ())
print(a_plus_b, a_plus_b.groups, a_plus_b.flags, a_plus_b.pattern)
print(a_plus_b.match('aaab'), a_plus_b.search('xxab'), a_plus_b.match('b'), a_plus_b.findall('ab aab b'))

alt = _sre.compile('(a|b)*c', 32, [14, 4, 0, 1, MAX, 23, 13, 0, MAX, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1],
                   1, {}, (None, None))
m = alt.match('abbac')
print(m, m.groups(), m.span(1), m.lastindex, m.lastgroup)
print(len(alt.match('ab' * 20000 + 'c').group()), alt.match('ab' * 100))

backref = _sre.compile(r'(?P<x>\d+)-(?P=x)', 32,
                       [14, 4, 0, 3, MAX, 17, 0, 24, 9, 1, MAX, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 11, 0, 1],
                       1, {'x': 1}, (None, 'x'))
print(backref.search('12-13 45-45'), backref.search('1-2'), backref.groupindex, backref.match('7-7').groupdict())

look = _sre.compile('x(?=y)', 32, [14, 8, 1, 1, 1, 1, 1, 120, 0, 16, 120, 4, 5, 0, 16, 121, 1, 1], 0, {}, ())
print(look.search('xa xy'), look.findall('xyxzxy'), look.sub('X', 'xyxzxy'))
raw = _sre.compile(None, 0, [16, 104, 16, 105, 1], 0, {}, ())
print(raw.match('hi'), raw.pattern, raw)

for code in ([16, 97], [16], [15, 100, 1], [17, 9, 1], [24, 100, 0, 1, 1], [99, 1], [11, 5, 1]):
    try:
        _sre.compile('x', 0, code, 0, {}, ())
        print('accepted', code)
    except RuntimeError as e:
        print(code, 'RuntimeError', e)
for args in (('x', 0, (16, 97, 1), 0, {}, ()), ('x', 0, [2 ** 40], 0, {}, ()), ('x', 0, [16, 97, 1], 0, [], ())):
    try:
        _sre.compile(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(a_plus_b).__name__, type(a_plus_b.scanner('ab')).__name__, type(a_plus_b).__module__)
try:
    type(a_plus_b)()
except TypeError as e:
    print('TypeError', e)
