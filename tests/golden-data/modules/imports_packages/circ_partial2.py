from circ_partial import anything
thing = 2
