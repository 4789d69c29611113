"""Offset maps from a repaired text back to the raw text it came from, and edits that keep them exact.

A repair pass proposes ``Edit``s on the current text. ``apply_edits`` makes the new text and a new map,
so that any span of the final normalised text maps to the span of the raw file that it came from.
Copied characters map one to one; inserted characters map to the raw span that they replaced.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

# A piece of an edit's replacement: literal text, or a (start, end) slice copied from the old text.
Piece = str | tuple[int, int]


# Segments, edits and repairs are named tuples: the passes make thousands, and frozen dataclasses are slow to make.

class Segment(NamedTuple):
    norm_start: int
    norm_end: int
    raw_start: int
    raw_end: int
    copied: bool  # copied characters map one to one; inserted ones map to the whole raw span


class Edit(NamedTuple):
    start: int
    end: int
    pieces: tuple[Piece, ...]
    kind: str


class Repair(NamedTuple):
    """One logged repair: its kind, the raw span it touched, and the text before and after."""

    kind: str
    raw_start: int
    raw_end: int
    before: str
    after: str


class OffsetMap:
    """Piecewise map from offsets in a derived text to offsets in the raw text."""

    def __init__(self, segments: list[Segment], length: int):
        self.segments = segments
        self.length = length
        self._starts = [s.norm_start for s in segments]
        self._extent: _Extent | None = None

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([Segment(0, length, 0, length, True)] if length else [], length)

    def _index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def to_raw(self, offset: int) -> int:
        """Raw offset of the character at ``offset`` (or of the end, for ``offset == length``)."""
        if not self.segments:
            return 0
        if offset >= self.length:
            return self.segments[-1].raw_end
        seg = self.segments[self._index(offset)]
        return seg.raw_start + (offset - seg.norm_start) if seg.copied else seg.raw_start

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The smallest raw span holding every character of ``[start, end)``."""
        if start >= end:
            point = self.to_raw(start)
            return point, point
        first, last = self._index(start), bisect_left(self._starts, end) - 1
        if first == last:  # most edits lie inside one segment
            piece = self._raw_piece(first, start, end)
            if piece is not None:
                return piece
        if last - first <= 8:
            pieces = [self._raw_piece(i, start, end) for i in range(first, last + 1)]
        else:
            # Raw offsets are not monotonic (an inserted space maps to the whole span it replaced, columns are
            # reordered), so every segment counts; those between the first and the last are whole, and the
            # graph asks for the span of every node, so their extent comes from a table.
            if self._extent is None:
                self._extent = _Extent(self.segments)
            pieces = [self._raw_piece(first, start, end), self._extent.query(first + 1, last - 1),
                      self._raw_piece(last, start, end)]
        found = [p for p in pieces if p is not None]
        return min(p[0] for p in found), max(p[1] for p in found)

    def _raw_piece(self, i: int, start: int, end: int) -> tuple[int, int] | None:
        """The raw span of the part of segment ``i`` inside ``[start, end)``, as ``slice`` maps it."""
        seg = self.segments[i]
        lo, hi = max(start, seg.norm_start), min(end, seg.norm_end)
        if lo >= hi:
            return None
        if seg.copied:
            return seg.raw_start + lo - seg.norm_start, seg.raw_start + hi - seg.norm_start
        return seg.raw_start, seg.raw_end

    def slice(self, start: int, end: int, new_start: int) -> list[Segment]:
        """The segments covering ``[start, end)``, moved to begin at ``new_start``."""
        out: list[Segment] = []
        make = Segment._make  # from a tuple: quicker than the named tuple's own __new__
        for i in range(self._index(start), len(self.segments)):
            norm_start, norm_end, raw_start, raw_end, copied = self.segments[i]
            if norm_start >= end:
                break
            lo = start if start > norm_start else norm_start  # max() and min(), without the calls
            hi = end if end < norm_end else norm_end
            if lo < hi:
                if copied:
                    raw_start, raw_end = raw_start + lo - norm_start, raw_start + hi - norm_start
                out.append(make((new_start + lo - start, new_start + hi - start, raw_start, raw_end, copied)))
        return out


_NO_START, _NO_END = sys.maxsize, -1


class _Extent:
    """The smallest raw start and largest raw end of any run of segments, each in constant time (a sparse
    table: level k holds the extent of the 2**k segments from each index)."""

    def __init__(self, segments: list[Segment]):
        # the raw span of each whole segment, as _raw_piece gives it; an empty segment has none (its start is
        # larger, and its end smaller, than any offset)
        starts = [raw_start if norm_start < norm_end else _NO_START
                  for norm_start, norm_end, raw_start, _, _ in segments]
        ends = [(raw_start + norm_end - norm_start if copied else raw_end) if norm_start < norm_end else _NO_END
                for norm_start, norm_end, raw_start, raw_end, copied in segments]
        self.starts, self.ends = [starts], [ends]
        width = 1
        while 2 * width <= len(segments):
            starts, ends = list(map(min, starts, starts[width:])), list(map(max, ends, ends[width:]))
            self.starts.append(starts)
            self.ends.append(ends)
            width *= 2

    def query(self, first: int, last: int) -> tuple[int, int]:
        """Extent of segments ``first`` to ``last``, both included."""
        k = (last - first + 1).bit_length() - 1
        other = last - (1 << k) + 1
        return min(self.starts[k][first], self.starts[k][other]), max(self.ends[k][first], self.ends[k][other])


def _append(segments: list[Segment], new: list[Segment]) -> None:
    if new and segments:  # only the first new segment can continue the last one: the others did not before
        last, seg = segments[-1], new[0]
        if last.copied and seg.copied and last.norm_end == seg.norm_start and last.raw_end == seg.raw_start:
            segments[-1] = Segment(last.norm_start, seg.norm_end, last.raw_start, seg.raw_end, True)
            new = new[1:]
    segments.extend(new)


def apply_edits(text: str, offsets: OffsetMap, edits: list[Edit]) -> tuple[str, OffsetMap, list[Repair]]:
    """Apply non-overlapping edits; return the new text, its map to raw offsets, and the repair log."""
    if not edits:  # many passes find nothing to repair: the text and its map stay as they are
        return text, offsets, []
    out: list[str] = []
    segments: list[Segment] = []
    repairs: list[Repair] = []
    pos = cursor = 0
    for edit in sorted(edits, key=itemgetter(0, 1)):  # by start, then end
        if edit.start < pos:
            raise ValueError(f"overlapping edits at {edit.start} ({edit.kind})")
        if edit.start > pos:
            out.append(text[pos:edit.start])
            _append(segments, offsets.slice(pos, edit.start, cursor))
            cursor += edit.start - pos
        raw_start, raw_end = offsets.span_to_raw(edit.start, edit.end)
        replaced: list[str] = []
        for piece in edit.pieces:
            if isinstance(piece, str):
                if piece:
                    _append(segments, [Segment(cursor, cursor + len(piece), raw_start, raw_end, False)])
                    replaced.append(piece)
                    cursor += len(piece)
            else:
                a, b = piece
                replaced.append(text[a:b])
                _append(segments, offsets.slice(a, b, cursor))
                cursor += b - a
        after = "".join(replaced)
        out.append(after)
        repairs.append(Repair(edit.kind, raw_start, raw_end, text[edit.start:edit.end], after))
        pos = edit.end
    if pos < len(text):
        out.append(text[pos:])
        _append(segments, offsets.slice(pos, len(text), cursor))
        cursor += len(text) - pos
    return "".join(out), OffsetMap(segments, cursor), repairs
