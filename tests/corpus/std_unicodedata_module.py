# unicodedata (Unicode 15.0): names both ways (table, Hangul and CJK algorithmic names), general
# category, bidi class, combining class, East Asian width, mirroring, decompositions, numeric
# values, the four normalization forms, and the errors.
import unicodedata as ud

for ch in "Aa0 é€😀\u0301ß٣½Ⅻ가각一丽\u200d\t\U0001b170\uffff\U000e0001→∑⁴":
    print(f"U+{ord(ch):04X}", ud.name(ch, '?'), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)), ud.decimal(ch, None),
          ud.digit(ch, None), ud.numeric(ch, None))
for n in ('LATIN SMALL LETTER E WITH ACUTE', 'snowman', 'Greek Small Letter Alpha', 'HANGUL SYLLABLE GAG',
          'CJK UNIFIED IDEOGRAPH-4E00', 'EURO SIGN', 'GRINNING FACE'):
    print(n, '->', repr(ud.lookup(n)))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for s in ('é', 'e\u0301', 'ﬁ½', '①Ⅻ', '가', '\u1100\u1161\u11a8', 'Å', 'ẛ̣'):
        r = ud.normalize(form, s)
        print(form, [f'{ord(c):04X}' for c in s], '->', [f'{ord(c):04X}' for c in r], ud.is_normalized(form, s))
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, ud.ucd_3_2_0.category('A'), type(ud.ucd_3_2_0).__name__)
print(sorted(ud.category(chr(c)) for c in range(0x20, 0x7f))[:5], sum(1 for c in range(0x10000) if ud.category(chr(c)) == 'Lu'))
print(sum(ud.combining(chr(c)) for c in range(0x300, 0x370)), [ud.east_asian_width(chr(c)) for c in (0x41, 0xff21, 0x3000, 0xa1)])
for bad in (lambda: ud.name('\x00'), lambda: ud.name('ab'), lambda: ud.name(5), lambda: ud.lookup('NOT A NAME'),
            lambda: ud.category('ab'), lambda: ud.decimal('a'), lambda: ud.digit('x'), lambda: ud.numeric('q'),
            lambda: ud.normalize('NFX', 'a'), lambda: ud.normalize('NFC', 5)):
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
