# Suggestions for a module attribute come from the module's dir().
import math
print(math.floor(2.5))
print(math.florr(2.5))
