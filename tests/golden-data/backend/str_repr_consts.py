a = 'it\'s'
b = "say \"hi\""
c = 'tab\there\n'
d = '\x00\x7f\x80'
