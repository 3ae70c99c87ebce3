/**
 * Python source of our `tracemalloc` module (the public API over `_tracemalloc`), written for
 * Bytescope: same classes, attributes, ordering and text formats as CPython 3.12's module
 * (Statistic "file:line: size=3907 KiB, count=99985, average=40 B", StatisticDiff, Snapshot
 * grouping by 'lineno'/'filename'/'traceback', cumulative mode, compare_to, filters), without its
 * dependencies on pickle/fnmatch/linecache (our own glob matcher; no Snapshot.dump/load).
 * It avoids generator expressions, which the interpreter does not run yet.
 */
export const TRACEMALLOC_PY = String.raw`
from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


class Statistic:
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _key(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    result = []
    for tb, stat in new_group.items():
        before = old_group.pop(tb, None)
        if before is None:
            result.append(StatisticDiff(tb, stat.size, stat.size, stat.count, stat.count))
        else:
            result.append(StatisticDiff(tb, stat.size, stat.size - before.size,
                                        stat.count, stat.count - before.count))
    for tb, stat in old_group.items():
        result.append(StatisticDiff(tb, 0, -stat.size, 0, -stat.count))
    return result


class Frame:
    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return other._frame < self._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


def _read_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except Exception:
        return ''
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


class Traceback:
    """Frames of an allocation, oldest first (_tracemalloc gives them most recent first)."""
    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(t) for t in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        return iter([Frame(t) for t in self._frames])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return other._frames < self._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % (self._total_nframe,)

    def count(self, value):
        return list(self).count(value)

    def index(self, value):
        return list(self).index(value)

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        out = []
        for fr in frames:
            out.append('  File "%s", line %s' % (fr.filename, fr.lineno))
            text = _read_line(fr.filename, fr.lineno).strip()
            if text:
                out.append('    %s' % text)
        return out


def get_object_traceback(obj):
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(t) for t in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        return iter([Trace(t) for t in self._traces])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


def _glob_class(pat, p, ch):
    # pat[p] == '['; returns (matched, index after ']') or (None, p) when unterminated.
    q = p + 1
    negate = q < len(pat) and pat[q] == '!'
    if negate:
        q += 1
    start = q
    hit = False
    while q < len(pat) and (pat[q] != ']' or q == start):
        if q + 2 < len(pat) and pat[q + 1] == '-' and pat[q + 2] != ']':
            if pat[q] <= ch <= pat[q + 2]:
                hit = True
            q += 3
        else:
            if pat[q] == ch:
                hit = True
            q += 1
    if q >= len(pat):
        return None, p
    return hit != negate, q + 1


def _glob_match(name, pat):
    # Shell-style matching ('*', '?', '[seq]', '[!seq]') with backtracking on the last '*'.
    n = 0
    p = 0
    star_p = -1
    star_n = 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p = p
                star_n = n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                ok, after = _glob_class(pat, p, name[n])
                if ok is None:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif ok:
                    n += 1
                    p = after
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _glob_match(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in traceback:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is None:
            return res
        if self.inclusive:
            return res and domain == self.domain
        return res or domain != self.domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) ^ (not self.inclusive)


class Snapshot:
    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        raise NotImplementedError("Snapshot.dump needs pickle, which Bytescope does not provide yet")

    @staticmethod
    def load(filename):
        raise NotImplementedError("Snapshot.load needs pickle, which Bytescope does not provide yet")

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters:
            found = False
            for flt in include_filters:
                if flt._match(trace):
                    found = True
                    break
            if not found:
                return False
        for flt in exclude_filters:
            if not flt._match(trace):
                return False
        return True

    def filter_traces(self, filters):
        try:
            iter(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__) from None
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [t for t in self.traces._traces if self._filter_trace(include, exclude, t)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        tracebacks = {}
        for trace in self.traces._traces:
            size = trace[1]
            frames_of_trace = trace[2]
            keys = list(frames_of_trace) if cumulative else [frames_of_trace]
            for k in keys:
                tb = tracebacks.get(k)
                if tb is None:
                    if cumulative:
                        frames = (k,) if key_type == 'lineno' else ((k[0], 0),)
                    elif key_type == 'traceback':
                        frames = k
                    elif key_type == 'lineno':
                        frames = k[:1]
                    else:
                        frames = ((k[0][0], 0),)
                    tb = Traceback(frames)
                    tracebacks[k] = tb
                stat = stats.get(tb)
                if stat is None:
                    stats[tb] = Statistic(tb, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        result = _compare_grouped_stats(old_group, new_group)
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    traces = _get_traces()
    return Snapshot(traces, get_traceback_limit())
`;
