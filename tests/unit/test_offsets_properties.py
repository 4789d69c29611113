"""Property-based tests of the offset map: after any rounds of edits, every offset of the new text maps to the raw
offset a character-by-character model gives (a copied character to where it was copied from, an inserted one to
the raw span it replaced)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from treatykg.text.offsets import Edit, OffsetMap, apply_edits

# One record per character of a text: (raw start, raw end) as the map must give them.
Record = tuple[int, int]


def model_span(records: list[Record], raw_length: int, start: int, end: int) -> Record:
    """span_to_raw as specified: the smallest raw span holding every character of [start, end); for an empty span,
    the raw start of the character at ``start`` (the raw end of the last character at the end of the text)."""
    if start < end:
        return min(r[0] for r in records[start:end]), max(r[1] for r in records[start:end])
    if start < len(records):
        return records[start][0], records[start][0]
    return (records[-1][1], records[-1][1]) if records else (0, 0)


@st.composite
def edit_rounds(draw):
    raw = draw(st.text(alphabet="абвгдеӘәіІ xyz\n.", min_size=0, max_size=60))
    rounds = []
    length = len(raw)
    for _ in range(draw(st.integers(1, 4))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
        edits, text_length = [], length
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):  # an odd cut out pairs with nothing and is dropped
            pieces = draw(st.lists(st.one_of(
                st.text(alphabet="ЖЗ _", max_size=3),
                st.tuples(st.integers(0, length), st.integers(0, length)).map(lambda p: (min(p), max(p)))),
                max_size=3))
            edits.append(Edit(a, b, tuple(pieces), "test"))
            text_length += sum(len(p) if isinstance(p, str) else p[1] - p[0] for p in pieces) - (b - a)
        rounds.append(edits)
        length = text_length
    return raw, rounds


@settings(max_examples=300, deadline=None)
@given(edit_rounds(), st.data())
def test_every_offset_maps_as_the_model_says(case, data):
    raw, rounds = case
    text, offsets = raw, OffsetMap.identity(len(raw))
    records: list[Record] = [(i, i + 1) for i in range(len(raw))]
    for edits in rounds:
        new_text, new_records = [], []
        position = 0
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            new_text.append(text[position:edit.start])
            new_records.extend(records[position:edit.start])
            replaced = model_span(records, len(raw), edit.start, edit.end)
            for piece in edit.pieces:
                if isinstance(piece, str):
                    new_text.append(piece)
                    new_records.extend([replaced] * len(piece))
                else:
                    new_text.append(text[piece[0]:piece[1]])
                    new_records.extend(records[piece[0]:piece[1]])
            position = edit.end
        new_text.append(text[position:])
        new_records.extend(records[position:])
        text, offsets, _ = apply_edits(text, offsets, edits)
        records = new_records
        assert text == "".join(new_text)
    assert offsets.length == len(text) == len(records)
    for i in range(len(text) + 1):
        assert offsets.to_raw(i) == model_span(records, len(raw), i, i)[0]
    for _ in range(20):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert offsets.span_to_raw(start, end) == model_span(records, len(raw), start, end)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абв \n", max_size=200))
def test_a_copied_character_maps_to_itself(raw):
    """With no edits at all, the map is the identity."""
    offsets = OffsetMap.identity(len(raw))
    assert [offsets.to_raw(i) for i in range(len(raw))] == list(range(len(raw)))
    assert offsets.span_to_raw(0, len(raw)) == ((0, len(raw)) if raw else (0, 0))
