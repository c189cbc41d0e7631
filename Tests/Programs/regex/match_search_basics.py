# re.match / search / fullmatch and the Match object's accessors.
import re

m = re.match(r'(?P<word>\w+) (?P<num>\d+)?', 'hello 42 world')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('num'), m[2], m['word'])
print(m.groups(), m.groupdict(), m.span(), m.span('num'), m.start(2), m.end(1))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re.pattern)
print(m.group(1, 'num', 0))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.group(2), m.lastindex)
print(m.groupdict(), re.match(r'(?P<x>a)(?P<y>z)?', 'a').groupdict('none'))

print(re.search(r'\d+', 'abc 123 def 456'))
print(re.search(r'^\d+', 'abc 123'), re.match(r'abc', 'xabc'))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'), re.fullmatch(r'a*?', 'aaa'))
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'))

p = re.compile(r'\d')
print(p.match('a1b2', 1), p.match('a1b2', 2), p.search('a1b2', 2), p.search('a1b2', 0, 1))
print(p.search('12345', -5, 100), p.match('123', 5), p.search('123', 2, 1))
print(p.fullmatch('a1b', 1, 2), p.fullmatch('a1b', pos=1, endpos=2).span())
m = p.search('a1b2c3', pos=2)
print(m, m.pos, m.endpos)
print(re.compile(r'^x').search('ax', 1), re.compile(r'^x', re.M).search('a\nx', 2))
print(re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile(r'$').search('abc', 0, 2).span())

# lastindex follows the last group closed
print(re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'(?P<outer>(?P<inner>a)b)', 'ab').lastgroup, re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)

for bad in (lambda: m.group(7), lambda: m.group('nope'), lambda: m.start(-1), lambda: m[3]):
    try:
        bad()
    except IndexError as e:
        print('IndexError', e)
for call in (lambda: re.match('a', 5), lambda: re.compile(b'a').match('a'), lambda: re.compile('a').match(b'a'),
             lambda: re.compile('a').match('a', 'x'), lambda: re.compile('a').search(),
             lambda: re.compile('a').match('a', foo=1), lambda: re.compile('a').match(None)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

print(bool(re.match('', '')), re.match('', 'abc').span(), repr(re.match('x*', 'abc').group()))
m = re.match(r'.{60}', 'x' * 70)
print(m)
print(re.match(r"'", "'"), re.match(r'"', '"'), re.match(r'\n', '\n'))
print(m.__copy__() is m, m.__deepcopy__({}) is m, type(m).__name__, type(m).__module__)
