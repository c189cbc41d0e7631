# Bytes patterns over bytes and bytearray: groups come back as bytes, ASCII-only classes,
# case-insensitivity, sub/split/findall, and mixing str and bytes is a TypeError.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\n'
m = re.match(rb'(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)', data)
print(m, m.groups(), m.groupdict(), m.span('path'))
print(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(re.split(rb'\r\n', data), re.sub(rb'\d', b'#', data[:20]))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'(?i)CAF', b'caf Caf'))
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\x81cd\xff'), re.findall(rb'\s+', b'a \t\x0bb\x1cc'))
print(re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'\d+', b'\xd9\xa2'), re.match(rb'.', b'\n'))

ba = bytearray(b'key=value; other=thing')
m = re.search(rb'(\w+)=(\w+)', ba)
print(m, m.group(1), type(m.group(1)).__name__, type(m.string).__name__, m.string is ba)
print(re.findall(rb'\w+', ba), re.sub(rb'=', b':', ba), type(re.sub(rb'=', b':', ba)).__name__)
print(re.split(rb';\s*', ba), re.compile(rb'o').subn(b'0', ba))
print(re.match(rb'', b'').group(), re.fullmatch(rb'\x00+', b'\x00\x00'))

for call in (lambda: re.match(rb'a', 'a'), lambda: re.match(r'a', b'a'), lambda: re.findall(rb'a', ['a']),
             lambda: re.sub(rb'a', 'b', b'a'), lambda: re.compile(rb'\w', re.U)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.sub(rb'a', 'b', b'xyz'))
