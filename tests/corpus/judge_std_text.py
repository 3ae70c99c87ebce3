"""Report formatting with string and textwrap."""
import string
import textwrap

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("the quick  brown fox"), string.capwords("a-b c-d", "-"))
t = string.Template("Dear $name, your balance is $$${amount}. ${greeting}!")
print(t.substitute(name="Ann", amount="12.50", greeting="Bye"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
fmt = string.Formatter()
print(fmt.format("{0} + {1} = {2}", 1, 2, 3), fmt.format("{a:>5}|{b:<5}|", a="x", b="y"))
print(list(fmt.parse("Hi {name}, {n:03d} items{x!r}")))

def caesar(text, k):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better than "
        "implicit. Simple is better than complex. Complex is better than complicated.")
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, width=30)[:3])
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=11, placeholder=" ..."))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
code = """
    def hello():
        print("hi")
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda line: line.startswith("b")))
w = textwrap.TextWrapper(width=25, break_long_words=True, max_lines=3, placeholder=" [...]")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed, used in a film."))
print(textwrap.fill("tabs\there\tand there", width=20, expand_tabs=True, tabsize=4))

rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.0)]
header = f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'TOTAL':<10}{sum(q for _, q, _ in rows):>5}{'':>8}{sum(q * p for _, q, p in rows):>9.2f}")
print("|".join(s.center(9, "*") for s in ("a", "bb", "ccc")))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:.2%}".format(0.256), "{:e}".format(12345.678), "{:+08.3f}".format(3.14159))
print("x".zfill(4), "-42".zfill(6), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
