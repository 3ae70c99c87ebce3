# Character classes under re.IGNORECASE (negated ones too, and classes holding s/k, whose
# case variants make the compiler cast a bitmap memoryview to "I"), and logging, which compiles one.
import re, logging
print(re.findall(r"[^a-z]", "ab-Cſ", re.I))
print(re.findall(r"[a-z]", "ab-Cſ", re.I))
print(re.findall(r"[^a-z0-9]", "ab-Cd_9e", re.I))
print(re.findall(r"[^ab]", "ab-Cd_9e", re.I))
print(re.findall(r"[^s]", "as-S", re.I))
b = bytes(range(16))
m = memoryview(b).cast("I")
print(m.itemsize, len(m), m.nbytes, m.format, m.tolist(), m[1], m[-1], m.tobytes() == b)
print(memoryview(b).cast("H").tolist()[:4], memoryview(b).cast("q").tolist(), memoryview(bytes([255] * 8)).cast("i").tolist())
print(re.findall(r"[a-z]+", "Hello World ſ K", re.I), re.sub(r"[sk]", "_", "Sketch KISS", flags=re.IGNORECASE))
print(bool(re.match(r"[diouxefgcrsa%]", "S", re.I)), re.compile(r"[^a-z0-9]", re.I).split("ab-Cd_9e"))
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("demo").info("value %d", 42)
logging.warning("careful")
logging.debug("hidden")
