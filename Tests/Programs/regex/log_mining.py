# A log-mining workload: parse synthetic access and application log lines with compiled
# patterns (named groups, alternation, optional fields), aggregate, and rewrite with sub.
import re

ACCESS = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
                    r'"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$')
APP = re.compile(r'^(?P<level>DEBUG|INFO|WARN(?:ING)?|ERROR) +\[(?P<module>[\w.]+)\] (?P<msg>.*?)(?: \(took (?P<ms>\d+)ms\))?$')
EMAIL = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
TOKEN = re.compile(r'(?i)token=[0-9a-f]{8,}')

methods = ['GET', 'POST', 'PUT', 'DELETE']
lines = []
for i in range(3000):
    ip = '10.%d.%d.%d' % (i % 7, (i * 13) % 256, (i * 29) % 256)
    status = [200, 200, 200, 404, 500, 301][i % 6]
    size = '-' if status == 301 else str((i * 37) % 5000)
    path = '/api/v%d/items/%d?token=%08x' % (i % 3 + 1, i % 50, i * 2654435761 % 2**32)
    lines.append('%s - user%d [26/Nov/2026:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s'
                 % (ip, i % 11, i % 60, (i * 7) % 60, methods[i % 4], path, status, size))
    level = ['INFO', 'DEBUG', 'WARN', 'ERROR', 'WARNING'][i % 5]
    took = ' (took %dms)' % (i % 90) if i % 3 == 0 else ''
    lines.append('%s  [svc.mod%d] handled request for dev%d@example.org%s' % (level, i % 4, i % 9, took))
    if i % 100 == 0:
        lines.append('garbage line %d' % i)

status_counts = {}
bytes_by_method = {}
paths = {}
levels = {}
slow = []
emails = set()
unparsed = 0
for line in lines:
    m = ACCESS.match(line)
    if m:
        status_counts[m['status']] = status_counts.get(m['status'], 0) + 1
        if m.group('size') != '-':
            bytes_by_method[m['method']] = bytes_by_method.get(m['method'], 0) + int(m['size'])
        route = re.sub(r'\d+', 'N', m['path'].split('?')[0])
        paths[route] = paths.get(route, 0) + 1
        continue
    m = APP.match(line)
    if m:
        levels[m['level']] = levels.get(m['level'], 0) + 1
        if m['ms'] and int(m['ms']) > 80:
            slow.append((m['module'], int(m['ms'])))
        emails.update(EMAIL.findall(m['msg']))
        continue
    unparsed += 1

print(sorted(status_counts.items()))
print(sorted(bytes_by_method.items()))
print(sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(sorted(levels.items()), len(slow), slow[:3], sorted(emails)[:4], unparsed)
redacted = [TOKEN.sub('token=<redacted>', l) for l in lines[:4]]
print(redacted[0])
print(sum(len(TOKEN.findall(l)) for l in lines), len(re.findall(r'" 5\d\d ', '\n'.join(lines))))
print(re.compile(r'(\d+)ms').sub(lambda m: '%.1fs' % (int(m[1]) / 1000), lines[1]))
