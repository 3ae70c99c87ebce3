/**
 * `_random` (Mersenne Twister MT19937 with CPython's seeding: init_by_array over the absolute
 * value's 32-bit words, random() from two draws as 53 bits) and `_sha2` (SHA-512 only, which
 * random.seed(str) uses) in Python source (see ../pysource.ts). Outputs equal CPython's for the
 * same seed.
 */
export const RANDOM_SRC = String.raw`
"""Module implements the Mersenne Twister random number generator."""

_N = 624
_M = 397
_MASK = 0xFFFFFFFF

class Random:
    __module__ = '_random'

    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError('Random() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(f'Random() expected at most 1 argument, got {len(args)}')
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N
        Random.seed(self, args[0] if args else None)
        return self

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        mt = self._mt
        for k in range(_N):
            y = (mt[k] & 0x80000000) | (mt[(k + 1) % _N] & 0x7FFFFFFF)
            v = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                v ^= 0x9908B0DF
            mt[k] = v
        self._index = 0

    def _genrand(self):
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def seed(self, n=None, /):
        if n is None:
            import _bytescope_os
            n = 0
            for b in reversed(_bytescope_os.urandom(2496)):
                n = (n << 8) | b
        elif not isinstance(n, int):
            n = hash(n)
        n = abs(n)
        key = []
        while n:
            key.append(n & _MASK)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._genrand() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        return tuple(self._mt) + (self._index,)

    def setstate(self, state, /):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        index = state[_N]
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        self._mt = [int(x) & _MASK for x in state[:_N]]
        self._index = index
`;

export const SHA2_SRC = String.raw`
"""SHA-2 (sha512 only)"""

_K = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817]

_M64 = 0xFFFFFFFFFFFFFFFF

def _be64(b, i):
    v = 0
    for k in range(i, i + 8):
        v = (v << 8) | b[k]
    return v

def _tobe(v, n):
    return bytes([(v >> (8 * (n - 1 - k))) & 255 for k in range(n)])

def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64

class sha512:
    __module__ = '_sha2'
    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._h = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                   0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
        self._buf = b''
        self._len = 0
        if data:
            self.update(data)

    def _block(self, blk):
        w = [_be64(blk, i) for i in range(0, 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._h
        for t in range(80):
            t1 = (h + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)) + ((e & f) ^ (~e & g)) + _K[t] + w[t]) & _M64
            t2 = ((_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._h = [(x + y) & _M64 for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def update(self, data, /):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._len += len(data)
        buf = self._buf + data
        n = len(buf) // 128 * 128
        for i in range(0, n, 128):
            self._block(buf[i:i + 128])
        self._buf = buf[n:]

    def copy(self):
        c = sha512.__new__(sha512)
        c._h = list(self._h)
        c._buf = self._buf
        c._len = self._len
        return c

    def digest(self):
        c = self.copy()
        bits = self._len * 8
        pad = b'\x80' + b'\x00' * ((111 - self._len) % 128) + _tobe(bits, 16)
        c.update(pad)
        return b''.join([_tobe(x, 8) for x in c._h])

    def hexdigest(self):
        return ''.join(['0123456789abcdef'[b >> 4] + '0123456789abcdef'[b & 15] for b in self.digest()])
`;
