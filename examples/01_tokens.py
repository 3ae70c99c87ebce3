# Tokens: how the tokenizer cuts a line of source into pieces
# Mechanism: tokenizer
import io
import tokenize

line = "total = price * (1 + rate)  # with tax\n"
for tok in tokenize.generate_tokens(io.StringIO(line).readline):
    print(f"{tokenize.tok_name[tok.type]:<10} {tok.string!r:<14} {tok.start}-{tok.end}")
