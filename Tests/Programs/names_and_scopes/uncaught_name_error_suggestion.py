# An uncaught NameError for a misspelt global gets a "Did you mean" suggestion (3.10+).
counter_total = 10
print(counter_total)
print(counter_totl + 1)
