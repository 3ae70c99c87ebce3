a $ b ? c ` d
