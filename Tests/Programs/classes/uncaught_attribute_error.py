# An uncaught AttributeError for a misspelt name gets a "Did you mean" suggestion (3.10+).
class Sensor:
    def __init__(self):
        self.temperature = 21
s = Sensor()
print(s.temperature)
print(s.temprature)
