/**
 * `itertools` in Python source (see ../pysource.ts): iterator classes with CPython's names,
 * argument checks, messages and reprs (count/repeat), lazily consuming their inputs like the C
 * versions.
 */
export const ITERTOOLS_SRC = String.raw`
"""Functional tools for creating and using iterators."""

class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'

class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1
    def __iter__(self):
        return self
    def __next__(self):
        if self._i < 0:
            try:
                x = next(self._it)
                self._saved.append(x)
                return x
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x

class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(0, times.__index__())
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj
    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times
    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'

class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None
    def __iter__(self):
        return self
    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total

class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None
    @classmethod
    def from_iterable(cls, iterable, /):
        c = cls.__new__(cls)
        c._source = iter(iterable)
        c._active = None
        return c
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d

class dropwhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            x = next(self._it)
            if not self._dropping:
                return x
            if not self._pred(x):
                self._dropping = False
                return x

class takewhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration

class filterfalse:
    def __init__(self, function, iterable, /):
        self._f = bool if function is None else function
        self._it = iter(iterable)
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            x = next(self._it)
            if not self._f(x):
                return x

class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
    def __iter__(self):
        return self
    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if p._currkey != self._tgtkey:
            raise StopIteration
        v = p._currvalue
        p._currvalue = _marker
        return v

_marker = object()

class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None
    def _step(self):
        v = next(self._it)
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
    def __iter__(self):
        return self
    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._currgrouper = g
        return (self._currkey, g)

class islice:
    def __init__(self, iterable, *args):
        n = len(args)
        if n == 1:
            start, stop, step = None, args[0], None
        elif n in (2, 3):
            start, stop, step = (args + (None,))[:3]
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {n + 1}' if n else 'islice expected at least 2 arguments, got 1')
        def idx(v, msg):
            if v is None:
                return None
            try:
                i = v.__index__()
            except AttributeError:
                raise ValueError(msg) from None
            if i < 0:
                raise ValueError(msg)
            return i
        stop = idx(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        start = idx(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.') or 0
        step = idx(step, 'Step for islice() must be a positive integer or None.')
        if step is None:
            step = 1
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
    def __iter__(self):
        return self
    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if self._stop is not None and self._cnt >= self._stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return x

class starmap:
    def __init__(self, function, iterable, /):
        self._f = function
        self._it = iter(iterable)
    def __iter__(self):
        return self
    def __next__(self):
        return self._f(*next(self._it))

class _tee_data:
    def __init__(self, it):
        self.it = it
        self.values = []

class _tee:
    def __init__(self, data, index):
        self._data = data
        self._index = index
    def __iter__(self):
        return self
    def __copy__(self):
        return _tee(self._data, self._index)
    def __next__(self):
        d = self._data
        if self._index < len(d.values):
            v = d.values[self._index]
        else:
            v = next(d.it)
            d.values.append(v)
        self._index += 1
        return v
_tee.__name__ = _tee.__qualname__ = '_tee'

def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    data = _tee_data(iter(iterable))
    return tuple(_tee(data, 0) for _ in range(n))

class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
    def __iter__(self):
        return self
    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                out.append(self._fill)
        return tuple(out)

class pairwise:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker
    def __iter__(self):
        return self
    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is _marker:
            self._old = next(self._it)
        try:
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        r = (self._old, new)
        self._old = new
        return r

class batched:
    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self._it is None:
            raise StopIteration
        out = []
        for _ in range(self._n):
            try:
                out.append(next(self._it))
            except StopIteration:
                self._it = None
                break
        if not out:
            raise StopIteration
        return tuple(out)

class product:
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        ind = self._indices
        i = len(pools) - 1
        while i >= 0:
            ind[i] += 1
            if ind[i] < len(pools[i]):
                break
            ind[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[j][ind[j]] for j in range(len(pools)))

class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration

class combinations:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)

class combinations_with_replacement:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)

`;
