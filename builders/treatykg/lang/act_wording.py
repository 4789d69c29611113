"""The wording of the approving act: its type, its header (issuer, date and number), its enacting formula, the
verbs by which it approves or ratifies the treaty, and the requisite line of a metadata file.

The words are in lang/kk/acts.py and lang/ru/acts.py; this module puts them together into the patterns the readers
use.
"""

from __future__ import annotations

import re

from treatykg.lang.kk import acts as kk
from treatykg.lang.morphology import russian_lexeme_pattern
from treatykg.lang.ru import acts as ru


def _either(*words: str) -> str:
    """Alternatives of both languages, a word they share given once."""
    return "|".join(dict.fromkeys(words))


# Act types: (pattern, canonical type). The canonical values are ours, in English.
# The Russian word is one of the forms of its lemma, a whole word.
ACT_TYPES = [
    (re.compile(rf"(?<!\w){russian_lexeme_pattern((ru.ACT_TYPE_LEMMAS[kind],))}|{kk.ACT_TYPES[kind]}", re.I), kind)
    for kind in ru.ACT_TYPE_LEMMAS]
# The header that gives the act's issuer, date and number.
ACT_HEADER = re.compile(
    rf"(?:{kk.ISSUER_GENITIVE}|{ru.ISSUER_GENITIVE}).*\d{{4}}.*(?:№|N)\s*\d+.*"
    rf"|{kk.ACT_HEADER_NUMBER_FIRST}"
    rf"|{ru.ACT_HEADER_LAW}"
)
ACT_NUMBER = re.compile(r"(?:№|N)\s*(\d+[\w\-/]*)")
# The word of the header that names the act's type: Kazakh puts it last, Russian first.
ACT_TYPE_WORD = (re.compile(kk.ACT_TYPE_WORD, re.I), re.compile(ru.ACT_TYPE_WORD, re.I))
ENACTING_FORMULA = re.compile(rf"({kk.ENACTING_FORMULA}|{ru.ENACTING_FORMULA})\s*:?\s*$")
# The first person of the enacting formula: a decree of the President.
PRESIDENTIAL_FORMULA = re.compile(f"{kk.PRESIDENTIAL_FORMULA}|{ru.PRESIDENTIAL_FORMULA}")
# An issuer that is the Government.
GOVERNMENT = re.compile(f"{kk.GOVERNMENT}|{ru.GOVERNMENT}")
# An issuer that is the parliament: the Supreme Council of 1990-1995, then the Parliament and its chambers. Its
# resolution on a treaty is a ratification, whatever its verb.
PARLIAMENT = re.compile(f"{kk.PARLIAMENT}|{ru.PARLIAMENT}|{kk.PARLIAMENT_CHAMBERS}|{ru.PARLIAMENT_CHAMBERS}", re.I)
# A signer who is the President (an act he signs without an enacting formula is a law).
PRESIDENT = re.compile(_either(kk.PRESIDENT, ru.PRESIDENT))

# How a point of the act relates it to the treaty: (relation, wording), in order of precedence: the first that
# matches wins (approving a draft before ratifying before approving).
APPROVALS = tuple((relation, re.compile(f"{kk.APPROVALS[relation]}|{ru.APPROVALS[relation]}"))
                  for relation in kk.APPROVALS)
# Any of those verbs: the point of an act that has no enacting formula (a law).
APPROVAL_VERB = re.compile("|".join(verb.pattern for _, verb in APPROVALS))

# The database's requisite line: type, issuer, date, number; an act of the Supreme Council may have no number.
REQUISITE = re.compile(
    rf"^(?P<type>\S+)\s+(?P<issuer>.+?)\s+{ru.REQUISITE_FROM}\s+(?P<date>.+?)(?:\s+(?:№|N)\s*(?P<number>[\w\-/]+))?\s*$"
)
