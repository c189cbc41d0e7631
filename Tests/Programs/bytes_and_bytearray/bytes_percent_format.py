# bytes % args (PEP 461): %s/%b need bytes-like or __bytes__, %r/%a give ascii(), %c, numbers, mappings.
from _check import t


class WithBytes:
    def __bytes__(self):
        return b"wb"


t(lambda: b"%s-%b-%s" % (b"x", bytearray(b"y"), WithBytes()))
t(lambda: b"%r %a %c %c" % ("é", b"q", 65, b"z"))
t(lambda: b"%d %5.2f %x %o %-4d| %05d %+d" % (5, 2.5, 255, 8, 7, -42, 3))
t(lambda: b"%(a)s=%(b)d" % {b"a": b"key", b"b": 1}); t(lambda: b"%.2s" % b"abcdef"); t(lambda: bytearray(b"%s!") % b"hi")
t(lambda: b"%s" % "str"); t(lambda: b"%d %d" % (1,)); t(lambda: b"%s" % (b"a", b"b")); t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab"); t(lambda: b"%y" % 1); t(lambda: "%b" % b"x"); t(lambda: b"%x" % 1.5)
