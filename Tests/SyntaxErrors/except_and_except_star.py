# except and except* on one try
try:
    pass
except* A:
    pass
except B:
    pass
