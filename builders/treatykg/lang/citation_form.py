"""One way of citing a treaty: the pattern that finds it and how to read its groups (the forms themselves are in
lang/kk/citations.py and lang/ru/citations.py, put together by lang/citation_wording.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CitationForm:
    """One way of citing a treaty.

    Groups: ``title`` (as written; where it holds ``head``, the head noun's ending, ``suffix``, is left out, so that a
    Kazakh title ends in its nominative), ``head`` after ``title`` where the date stands between the two, ``date``
    (in words) or ``numeric`` (in figures), ``place`` / ``place2`` (the signing place, before or after the date).
    """

    pattern: re.Pattern
    cue: re.Pattern | None = None          # every match holds the cue, searched first because it is faster
    title_needs: re.Pattern | None = None  # a title without this is not one (the words that make a Kazakh title)
    restart: bool = False                  # a Russian title found from its head noun: see RU_TITLE_RESTART
    # The language of its place: a Kazakh place is caught without its locative ending (a city's name before "in the
    # city of"), a Russian one in the case the preposition "in" governs.
    place_language: str = "ru"
    # A treaty named by its head noun alone ("article 2 of the Agreement"): a citation only where neither the citing
    # treaty's own title nor an earlier citation names a treaty of that kind (else it is one of them).
    bare: bool = False
