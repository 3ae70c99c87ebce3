0x1F
0X_f
0o17
0O_7
0b101
0B_1_0
0xdead_beef
