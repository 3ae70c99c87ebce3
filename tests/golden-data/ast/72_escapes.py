a = "\a\b\f\n\r\t\v\0\777"
b = "\N{EM DASH} \N{LATIN SMALL LETTER E WITH ACUTE}"
c = "\z"
d = b"\z"
e = "\
"
