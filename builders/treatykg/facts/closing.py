"""What a closing formula states: where and when the treaty was done, in how many originals, in which languages,
and which text prevails ("Минск қаласында 2011 жылғы … екі данада, әрқайсысы қазақ және орыс тілдерінде жасалды")."""

from __future__ import annotations

import re

from treatykg.facts.types import Closing, Evidence, Place, StatedDate
from treatykg.facts.when_where import find_place, place_fact
from treatykg.lang.closing_wording import LANGUAGES, ORIGINALS, PREVAILING
from treatykg.lang.dates import first_date
from treatykg.lang.numbers import ORIGINALS_WORDS
from treatykg.lang.place_wording import CLOSING_PLACES
from treatykg.lang.structure import LANGUAGE_WORDS
from treatykg.text.document import ClosingFormula


def _language_codes(words: str) -> list[str]:
    """The ISO 639-1 codes of the languages named in ``words``, in the order they are named."""
    found = [(match.start(), code) for code, pattern in LANGUAGE_WORDS.items()
             if (match := re.search(pattern, words, re.I))]
    return [code for _, code in sorted(found, key=lambda hit: hit[0])]


def _language_code(word: str) -> str | None:
    """The language a word names ("ағылшын", "английском")."""
    return next((code for code, pattern in LANGUAGE_WORDS.items() if re.search(pattern, word, re.I)), None)


def read_closing(closing: ClosingFormula) -> tuple[Closing, StatedDate | None, Place | None]:
    """The closing formula's originals, languages and prevailing text; its date and its place, when it states them."""
    text = closing.written
    evidence = Evidence(closing.eid, closing.start, closing.end, closing.text)
    count = ORIGINALS.search(text)
    languages = LANGUAGES.search(text)
    prevailing = PREVAILING.search(text)
    prevailing_word = next(g for g in prevailing.groups() if g) if prevailing else None
    facts = Closing(originals=ORIGINALS_WORDS[count.group(1)] if count else None,
                    languages=_language_codes(languages.group(1)) if languages else [],
                    prevailing=_language_code(prevailing_word) if prevailing_word else None,
                    evidence=evidence)
    found = first_date(text)
    date = (StatedDate("signing", found.text, found.iso, found.complete, evidence, found.year)
            if found else None)
    place = find_place(text, CLOSING_PLACES)
    return facts, date, place_fact(place[0], "signing", evidence, place[1], place[2]) if place else None
