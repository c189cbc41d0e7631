# a currency sign
€ = 2
