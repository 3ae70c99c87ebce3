A = 'a'
import circ_b
b_value = circ_b.B
