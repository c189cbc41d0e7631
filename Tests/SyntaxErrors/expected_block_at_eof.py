# the file ends right after the ':'
for x in y: