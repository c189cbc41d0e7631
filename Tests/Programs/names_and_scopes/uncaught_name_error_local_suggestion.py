# In a function, the local variable names of the failing frame are tried before globals.
number_of_items = "global"
def compute():
    number_of_itemz = 2
    del number_of_itemz
    return number_of_itens
compute()
