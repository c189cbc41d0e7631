# 'import x from y' (3.12 adds a hint; 3.11 says invalid syntax)
import a from b
