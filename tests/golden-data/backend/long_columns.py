y = 1 ; aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = aaaaaaaaa = f(1)
