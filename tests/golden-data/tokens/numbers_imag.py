1j
1.5J
1e-5j
.5j
0j
00j
1_0j
