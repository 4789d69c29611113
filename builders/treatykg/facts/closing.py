"""What a closing formula states: where and when the treaty was done, in how many originals, in which languages,
and which text prevails ("done at Minsk on … 2011 in two originals, each in the Kazakh and Russian languages"; the
formula is lang/structure.CLOSING_FORMULA, its parts lang/closing_wording.py)."""

from __future__ import annotations

import re

from treatykg.facts.types import Closing, Evidence, Place, StatedDate
from treatykg.facts.when_where import find_place, place_fact
from treatykg.lang.closing_wording import (
    DIVERGENCE,
    LANGUAGE_WORD_START,
    LANGUAGES_BOUNDARY,
    LANGUAGES_WORD,
    ORIGINALS,
    PREVAILING,
)
from treatykg.lang.dates import first_date
from treatykg.lang.numbers import ORIGINALS_WORDS
from treatykg.lang.place_wording import CLOSING_PLACES
from treatykg.lang.sentences import split_sentences
from treatykg.lang.structure import LANGUAGE_WORDS
from treatykg.text.document import ClosingFormula


def _language_codes(words: str) -> list[str]:
    """The ISO 639-1 codes of the languages named in ``words``, in the order they are named (each a word's start)."""
    found = [(match.start(), code) for code, pattern in LANGUAGE_WORDS.items()
             if (match := re.search(f"{LANGUAGE_WORD_START}(?:{pattern})", words, re.I))]
    return [code for _, code in sorted(found, key=lambda hit: hit[0])]


def _language_code(word: str) -> str | None:
    """The language a word names, in either language's spelling of it (lang/structure.LANGUAGE_WORDS)."""
    return next((code for code, pattern in LANGUAGE_WORDS.items() if re.search(pattern, word, re.I)), None)


def _languages(text: str) -> list[str]:
    """The languages the originals are in: named before the word for "in … languages"
    (lang/closing_wording.LANGUAGES_WORD), back to the number of originals or the date; or, where a colon follows
    that word, after it."""
    for word in LANGUAGES_WORD.finditer(text):
        before = text[:word.start()]
        stops = list(LANGUAGES_BOUNDARY.finditer(before))
        codes = _language_codes(before[stops[-1].end():] if stops else before)
        if not codes and word.group("colon"):
            after = text[word.end():]
            stop = LANGUAGES_BOUNDARY.search(after)
            codes = _language_codes(after[:stop.start()] if stop else after)
        if codes:
            return codes
    return []


def _prevailing(text: str) -> str | None:
    """The language whose text prevails where the texts diverge, when a sentence about divergence names one."""
    for sentence in split_sentences(text):
        if not DIVERGENCE.search(sentence):
            continue
        found = PREVAILING.search(sentence)
        if found:
            return _language_code(next(g for g in found.groups() if g))
    return None


def read_closing(closing: ClosingFormula) -> tuple[Closing, StatedDate | None, Place | None]:
    """The closing formula's originals, languages and prevailing text; its date and its place, when it states them."""
    text = closing.written
    evidence = Evidence(closing.eid, closing.start, closing.end, closing.text)
    count = ORIGINALS.search(text)
    facts = Closing(originals=ORIGINALS_WORDS[count.group(1).lower()] if count else None,
                    languages=_languages(text), prevailing=_prevailing(text), evidence=evidence)
    found = first_date(text)
    date = (StatedDate("signing", found.text, found.iso, found.complete, evidence, found.year or None)
            if found else None)
    place = find_place(text, CLOSING_PLACES)
    return facts, date, place_fact(place[0], "signing", evidence, place[1], place[2]) if place else None
