"""Fair comparison of a value read by treatykg with the value a person wrote down: what differs only in how it is
typed (spaces, quotes, dashes, case, Latin letters standing in for Cyrillic ones, yo for ye) is the same value.

Used by ``treatykg evaluate``; never by the extractors, which must keep every value as written.
"""

from __future__ import annotations

import re
import unicodedata

from treatykg.lang.alphabet import CYRILLIC_LETTER, LATIN_TO_CYRILLIC
from treatykg.lang.ru import alphabet as ru

_QUOTES = str.maketrans("", "", "\"'«»“”„‟‘’‚`")
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‒": "-", "−": "-", "―": "-"})
_CYRILLIC_VARIANTS = str.maketrans(ru.YO_AS_E)
_SPACE = re.compile(r"\s+")
_SPACE_AROUND_DASH = re.compile(r"\s*-\s*")
_EDGE_PUNCTUATION = " .,;:"


def fold(value: str | None) -> str | None:
    """The comparison key of a text value: NFC, quotes dropped, dashes as ``-``, one space between words, no
    surrounding punctuation, Latin look-alikes in Cyrillic words read as Cyrillic, yo as ye, lower case."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).translate(_QUOTES).translate(_DASHES)
    text = _SPACE_AROUND_DASH.sub("-", _SPACE.sub(" ", text)).strip(_EDGE_PUNCTUATION)
    if CYRILLIC_LETTER.search(text):
        text = " ".join(word.translate(LATIN_TO_CYRILLIC) if CYRILLIC_LETTER.search(word) else word
                        for word in text.split(" "))
    return text.translate(_CYRILLIC_VARIANTS).casefold()


def fold_words(value: str | None) -> set[str]:
    """The folded words of a value, for overlap between two wordings of one title."""
    folded = fold(value) or ""
    return {word for word in re.split(r"[^\w]+", folded) if len(word) > 2}
