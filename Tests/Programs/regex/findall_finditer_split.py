# findall (no group, one group, several groups), finditer and split, with empty matches.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)(?:=)(\d)?', 'a=1 b= c=3'))
print(re.findall(r'<(.*?)>', '<a><bb><>'))
print(re.findall(r'x*', 'axxb'), re.findall(r'', 'abc'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'a|', 'baac'), re.findall(r'(a)|b', 'abab'))
print(re.compile(r'\w').findall('abcdef', 2, 4), re.compile(r'\w').findall('abc', 5))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\nthree', re.M))

for m in re.finditer(r'(?P<k>\w+):(?P<v>\d+)', 'a:1 bb:22 ccc:x d:4'):
    print(m.span(), m.group('k'), m['v'], m.groupdict())
print([m.span() for m in re.finditer(r'x*', 'axxbx')])
print([m.group() for m in re.compile(r'\d').finditer('1a2b3c4', 1, 5)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'))

print(re.split(r',', 'a,b,,c,'))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b', 0), re.split(r',', 'a,b', -1))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'), re.split(r'\b', 'hi there'))
print(re.split(r'(?=b)', 'abab'), re.split(r'(a)(x)?', 'bab'))
print(re.compile(r'[,;]').split('1,2;3'))

s = re.compile(r'\d+').scanner('a12b345c')
print(s.search().span(), s.search().group(), s.search(), s.search())
s = re.compile(r'\d').scanner('12a3')
print(s.match().group(), s.match().group(), s.match(), s.match(), s.pattern.pattern)
s = re.compile(r'x*').scanner('axx')
print([s.search().span() for _ in range(3)], s.search())
