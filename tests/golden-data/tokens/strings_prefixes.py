b'x' B"y" r'z' R'w' u'v' U'q' br'1' Br'2' bR'3' BR'4' rb'5' rB'6' Rb'7' RB'8'
