# caret column counts characters, not bytes
s = "héllo 日本" $ 1
