# A module that raises during import is removed from sys.modules and fails again next time.
import sys
for attempt in range(2):
    try:
        import pkg_broken
    except ValueError as e:
        print("attempt", attempt, "ValueError", e)
print("pkg_broken" in sys.modules)
try:
    pkg_broken
except NameError as e:
    print("NameError", e)
