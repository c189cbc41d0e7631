# \N{...} with an unknown name
x = '\N{NO SUCH NAME}'
