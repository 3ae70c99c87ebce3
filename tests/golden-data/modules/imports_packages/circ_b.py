import circ_a
B = 'b:' + circ_a.A
