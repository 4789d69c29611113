"""Sentences of a provision: a stop or semicolon followed by a capital (or an opening quote) starts a new one."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CAPITALS

_SENTENCE_END = re.compile(rf"(?<=[.;!?])\s+(?=[{CAPITALS}«\"“])")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def split_sentences(text: str) -> list[str]:
    """Sentences of a clean provision text; pieces without a word of two letters (a lone number) are dropped."""
    out = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if piece and _TWO_LETTERS.search(piece):
            out.append(piece)
    return out
