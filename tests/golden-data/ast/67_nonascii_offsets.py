s = "héllo" + x
t = 'ü' ; u = f"{ä}é{ö}"
def föö(bär=1): return bär
