# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE, inline and scoped) and
# Unicode classes: \w \d \s \b over non-ASCII text, case-insensitive special cases, sets.
import re

print(re.findall(r'[a-z]+', 'Hello World', re.I), re.findall(r'hello', 'HeLLo hello', re.IGNORECASE))
print(re.match(r'(?i)straße', 'STRAßE'), re.match(r'(?i)ǅ', 'ǆ'), re.match(r'(?i)k', '\u212a'))
print(re.match(r'(?i)s', 'ſ'), re.match(r'(?ia)s', 'ſ'), re.match(r'(?i)[k]', 'K'), re.match(r'(?i)[a-z]+', 'ſK'))
print(re.match(r'(?i)Σ+', 'σςΣ'), re.match(r'(?i)[^σ]', 'ς'), re.match(r'(?i)[α-ω]+', 'ΑΒΓ'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)(σ)\1', 'σΣ'), re.match(r'(?i:A)a', 'aa'), re.match(r'(?i:A)a', 'aA'))
print(re.match(r'(?i)\u0130', 'i'), re.match(r'(?i)i', '\u0130'), re.match(r'(?i)[\u0130]', 'i\u0307'))
print(re.match(r'(?i)\U00010400', '\U00010428'), re.match(r'(?i)[\U00010400-\U00010410]', '\U00010429'))

text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S).span())
print(re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'), re.search(r'\Athird', text), re.search(r'third\Z', text).span())
print(re.search(r'$', 'ab\n').span(), re.findall(r'$', 'a\nb\n', re.M), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))

verbose = re.compile(r'''
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    \ \#              # an escaped space and hash
''', re.VERBOSE)
print(verbose.match('2024-05 #').groupdict(), verbose.flags & re.X != 0)

print(re.findall(r'\w+', 'naïve café 日本語 x_1'), re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d', '1٢३4'), re.findall(r'\d', '1٢३4', re.ASCII), re.findall(r'\D+', 'a٢b'))
print(re.findall(r'\s', 'a b\u00a0c\u2003d\te\x1cf'), re.findall(r'\s', 'a\u00a0b', re.A))
print(re.findall(r'\bé\w*', 'ça été'), re.findall(r'\b\w', 'été ça', re.A), re.findall(r'\B\w', 'ab'))
print(re.findall(r'[\w-]+', 'ab-cd éf'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\s\d]+', 'a 1 b'))
print(re.findall(r'[а-яё]+', 'Привет мир ёж'), re.findall(r'(?i)[а-яё]+', 'Привет МИР Ёж'))
print(re.findall(r'[\u4e00-\u9fff]+', 'abc漢字def'), re.findall(r'[^\x00-\x7f]+', 'abc漢字dé'))
print(re.findall(r'[ab\u0100\u2000-\u2fff\U0001F600]', 'a\u0100\u2500x\U0001F600'))
print(re.findall(r'[^\u0100-\uffff]+', 'ab\u0101cd\U00010000'), re.findall('[\U00010000-\U0010ffff]', 'a\U0001F601b'))
print(re.findall(r'.', '\U0001F600x'), len(re.match(r'.*', '😀' * 5).group()))
print(re.match(r'(?a)\w+', 'abé'), re.match(r'(?u)\w+', 'abé'))
print(re.findall(rb'\w+', b'ab\xe9cd', re.L), re.match(rb'(?i)\xe9', b'\xc9', re.L), re.match(rb'(?i)A', b'a', re.L))
print(re.search(r'(?m)^b', 'a\nb').span(), re.search(r'(?x) a  b ', 'ab').span(), re.search(r'(?i)[^A]', 'a'))
print(re.compile(r'a', re.I | re.M).flags, re.compile(r'(?s)a').flags, re.compile(rb'a').flags, re.compile(r'a', re.A).flags)
