from circ_partial2 import thing
anything = 1
