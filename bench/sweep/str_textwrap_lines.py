# textwrap.fill/wrap/dedent and splitlines over a generated document.
import textwrap
words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore".split()
para = " ".join(words[(i * 5) % len(words)] for i in range(3000))
n = 0
for width in (30, 50, 72, 100):
    wrapped = textwrap.fill(para, width=width)
    n += len(wrapped.splitlines())
lines = textwrap.wrap(para, 40, initial_indent="* ", subsequent_indent="  ")
doc = textwrap.dedent("""\
    first line
      indented more
    last line
""") * 500
m = sum(len(l) for l in doc.splitlines(keepends=True))
print(n, len(lines), lines[3], m, textwrap.shorten(para, 60))
