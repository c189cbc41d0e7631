# try/finally and with-blocks inside generators run when the generator finishes or is closed.
def managed(log):
    log.append("open")
    try:
        for i in range(3):
            yield i
    finally:
        log.append("cleanup")
log = []
print(list(managed(log)), log)
log = []
g = managed(log)
for v in g:
    if v == 1:
        break
print("after break:", log)
g.close()
print("after close:", log)
log = []
g2 = managed(log)
print("never started:", log)
g2.close()
print("closed unstarted:", log)
