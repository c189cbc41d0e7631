# An uncaught exception raised by class without a message.
print("raising")
raise NotImplementedError
