# string module helpers: Template.substitute, capwords, constants; Formatter.
import string
tmpl = string.Template("Dear $name, your order #${order} of $qty items ships $$free.")
out = 0
for i in range(6000):
    s = tmpl.substitute(name="cust%d" % i, order=i * 13, qty=i % 9)
    out += len(s)
    out += len(string.capwords("the %d little pigs went to market" % i))
    out += sum(1 for ch in s if ch in string.digits)
f = string.Formatter()
print(out, f.format("{0}-{x:>5}", 1, x="y"), string.ascii_letters[:5], tmpl.safe_substitute(name="z"))
