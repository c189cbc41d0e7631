# format specs nested three deep
x = f'{a:{b:{c:{d}}}}'
