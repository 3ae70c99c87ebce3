"""Checksums and content addressing with hashlib and hmac."""
import hashlib
import hmac

msg = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, msg)
    print(f"{name:>8} {h.digest_size:>3} {h.block_size:>4} {h.hexdigest()}")
print(hashlib.sha256(b"").hexdigest(), hashlib.md5(b"").digest())
h = hashlib.sha256()
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.name)
c = h.copy()
c.update(b"!")
print(h.hexdigest()[:16], c.hexdigest()[:16])
print(hashlib.shake_128(msg).hexdigest(16), hashlib.shake_256(msg).hexdigest(8))
print(hashlib.blake2b(msg, digest_size=16, key=b"secret", person=b"app").hexdigest())
print(hashlib.blake2s(b"data", salt=b"pepper").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex())
sig = hmac.new(b"key", msg, hashlib.sha256)
print(sig.hexdigest(), sig.name, sig.digest_size)
print(hmac.new(b"key", msg, "md5").hexdigest(), hmac.digest(b"key", msg, "sha1").hex())
print(hmac.compare_digest(sig.hexdigest(), hmac.new(b"key", msg, "sha256").hexdigest()), hmac.compare_digest(b"a", b"b"))
files = {"a.txt": b"hello\n", "b.txt": b"world\n", "c.txt": b"hello\n"}
by_hash = {}
for name, content in files.items():
    by_hash.setdefault(hashlib.sha1(content).hexdigest()[:10], []).append(name)
print(sorted(by_hash.items()))
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
print(int(hashlib.md5(b"seed").hexdigest(), 16) % 1000)
