print("ok")
name = "unterminated
