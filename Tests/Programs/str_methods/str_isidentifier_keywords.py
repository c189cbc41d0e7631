# str.isidentifier for keywords, unicode identifiers, and keyword.iskeyword/issoftkeyword.
import keyword
for s in ("abc", "_", "__x__", "1a", "a-b", "", "class", "None", "match", "café", "日本", "x١", "𝔘", "a b", "ℌ", "·a", "a·"):
    print(repr(s), s.isidentifier(), keyword.iskeyword(s), keyword.issoftkeyword(s))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
