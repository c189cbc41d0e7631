# try without ':'
try
    pass
finally:
    pass
