# str.encode over the codecs (utf-8/16/32 with and without BOM, latin-1, ascii, cp1252) and every error handler.
from _check import t

text = "aé€😀"
for codec in ("utf-8", "UTF8", "utf-16", "utf-16-be", "utf_16_le", "utf-32", "utf-32-be", "utf-8-sig", "latin1", "ascii", "cp1252"):
    t(lambda: text.encode(codec))
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    t(lambda: "aé€😀b".encode("ascii", errors))
t(lambda: "a\udc80\udcff".encode("utf-8", "surrogateescape")); t(lambda: "\ud800".encode("utf-8", "surrogatepass"))
t(lambda: "\ud800".encode("utf-16", "surrogatepass")); t(lambda: "\ud800x".encode("utf-16", "replace"))
t(lambda: "é".encode("ascii")); t(lambda: "é€".encode("latin-1")); t(lambda: "\ud800\udc00".encode("utf-8"))
t(lambda: "Ā".encode("cp1252")); t(lambda: "aé".encode("ascii", "surrogateescape")); t(lambda: "é".encode("latin-1", "surrogatepass"))
t(lambda: "x".encode("nope")); t(lambda: "é".encode("ascii", "nope")); t(lambda: "x".encode(errors="nope")); t(lambda: "x".encode(1))
try:
    "abé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
