# logging: handlers, formatters with funcName/lineno (found through sys._getframe),
# levels, exception info printed through the traceback module.
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def work(n):
    log.debug("hidden %d", n)
    log.info("working on %d", n)
    if n > 1:
        log.warning("big %s", n)


for i in range(3):
    work(i)

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")

child = logging.getLogger("demo.child")
child.error("from the child")
print(child.getEffectiveLevel(), child.parent.name)

text = stream.getvalue()
for line in text.splitlines():
    # Tracebacks name this file by its full path; keep only the file's base name.
    print(line.replace(__file__, "logging_basics.py"))

print(logging.getLevelName(logging.WARNING), logging.getLevelName(15))
adapter = logging.LoggerAdapter(log, {"k": 1})
adapter.info("adapted")
print(stream.getvalue().splitlines()[-1])
