print("tab\there", "nl\\n", 'quote"s', "it's")
print(repr("tab\t"), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n\t", len(r"\n"))
print("""triple
quoted""")
print(repr("\0\x7f\u200b"))
print(repr("ünïcode"), ascii("ünïcode"))
