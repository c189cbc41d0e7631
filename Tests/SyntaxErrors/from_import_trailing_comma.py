# trailing comma without parentheses
from os import path,
