"""Offset maps from a repaired text back to the raw text it came from, and edits that keep them exact.

A repair pass proposes ``Edit``s on the current text. ``apply_edits`` makes the new text and a new map,
so that any span of the final normalised text maps to the span of the raw file that it came from.
Copied characters map one to one; inserted characters map to the raw span that they replaced.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Union

# A piece of an edit's replacement: literal text, or a (start, end) slice copied from the old text.
Piece = Union[str, tuple[int, int]]


@dataclass(frozen=True)
class Segment:
    norm_start: int
    norm_end: int
    raw_start: int
    raw_end: int
    copied: bool  # copied characters map one to one; inserted ones map to the whole raw span


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    pieces: tuple[Piece, ...]
    kind: str


@dataclass(frozen=True)
class Repair:
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

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
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
        pieces = self.slice(start, end, 0)
        return min(p.raw_start for p in pieces), max(p.raw_end for p in pieces)

    def slice(self, start: int, end: int, new_start: int) -> list[Segment]:
        """The segments covering ``[start, end)``, moved to begin at ``new_start``."""
        out: list[Segment] = []
        i = self._index(start)
        while i < len(self.segments) and self.segments[i].norm_start < end:
            seg = self.segments[i]
            lo, hi = max(start, seg.norm_start), min(end, seg.norm_end)
            if lo < hi:
                if seg.copied:
                    raw_lo, raw_hi = seg.raw_start + lo - seg.norm_start, seg.raw_start + hi - seg.norm_start
                else:
                    raw_lo, raw_hi = seg.raw_start, seg.raw_end
                out.append(Segment(new_start + lo - start, new_start + hi - start, raw_lo, raw_hi, seg.copied))
            i += 1
        return out


def _append(segments: list[Segment], new: list[Segment]) -> None:
    for seg in new:
        last = segments[-1] if segments else None
        if (last and last.copied and seg.copied and last.norm_end == seg.norm_start
                and last.raw_end == seg.raw_start):
            segments[-1] = Segment(last.norm_start, seg.norm_end, last.raw_start, seg.raw_end, True)
        else:
            segments.append(seg)


def apply_edits(text: str, offsets: OffsetMap, edits: list[Edit]) -> tuple[str, OffsetMap, list[Repair]]:
    """Apply non-overlapping edits; return the new text, its map to raw offsets, and the repair log."""
    out: list[str] = []
    segments: list[Segment] = []
    repairs: list[Repair] = []
    pos = cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
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
