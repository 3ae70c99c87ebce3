greeting = "héllo wörld" + + * 2
