"""How acts name persons: who is authorised to sign the treaty, and the case forms of their names. The words are
in lang/kk/persons.py and lang/ru/persons.py."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR, CYR_UPPER, has_kazakh_letters
from treatykg.lang.kk import persons as kk
from treatykg.lang.ru import persons as ru

_NAME = rf"[{CYR_UPPER}][{CYR}-]+"
# A person authorised in Kazakh: the office (up to two names and five words before the office word), the name, and
# the words that grant the authority later in the sentence.
KK_AUTHORISED = re.compile(
    rf"(?P<office>(?:{_NAME}\s+)?(?:{_NAME}\s+)?(?:[{CYR}-]+\s+){{0,5}}(?:{kk.AUTHORISED_OFFICES}))\s+"
    rf"(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?)"
    rf"(?=[^.]*{kk.AUTHORITY_GRANTED})")
# In Russian: the name, a dash or comma, the office; or the office, then the name (full, or with initials).
RU_AUTHORISED_NAME_FIRST = re.compile(
    rf"{ru.AUTHORISE}\s+(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?)\s*[-–—,]\s*(?P<office>.+?)\s+{ru.SIGN_OR_CONCLUDE}")
RU_AUTHORISED_OFFICE_FIRST = re.compile(
    rf"{ru.AUTHORISE}\s+(?P<office>{ru.AUTHORISED_OFFICES}[^,]+?)\s+"
    rf"(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?|{_NAME}\s+[{CYR_UPPER}]\.\s?[{CYR_UPPER}]\.)\s+{ru.SIGN_OR_CONCLUDE}")
# A body of the state charged to conclude or sign the treaty on the Government's behalf. The body is named as written
# (the Russian in the dative).
KK_AUTHORISED_BODY = re.compile(
    rf"(?P<body>{kk.STATE}\s+(?:[{CYR}-]+\s+){{1,6}}?{kk.BODY})(?=\s)"
    rf"(?=[^.;]*?{kk.ON_GOVERNMENTS_BEHALF})")
RU_AUTHORISED_BODY = re.compile(
    rf"(?P<body>{ru.BODY}\s+[^.;,]*?"
    rf"{ru.STATE})(?=[^.;]*?{ru.ON_GOVERNMENTS_BEHALF})")
# each with a word that all its matches hold: the patterns are only tried on points that have it (KK_AUTHORISED is
# slow to fail)
AUTHORISATIONS = ((KK_AUTHORISED, kk.AUTHORITY_GRANTED_CUE), (RU_AUTHORISED_NAME_FIRST, ru.AUTHORISE),
                  (RU_AUTHORISED_OFFICE_FIRST, ru.AUTHORISE))
BODY_AUTHORISATIONS = ((KK_AUTHORISED_BODY, kk.ON_BEHALF_CUE), (RU_AUTHORISED_BODY, ru.ON_BEHALF_CUE))

def usual_capitals(name: str) -> str:
    """A name as it is usually written: a word printed in capitals gets only its first letter capital, so that one
    person has one name whichever way an act prints it."""
    return " ".join("-".join(part.capitalize() if len(part) > 1 and part.isalpha() and part.isupper() else part
                             for part in word.split("-")) for word in name.split())


_KK_DATIVE = re.compile(kk.DATIVE)
_KK_DATIVE_SURNAME = re.compile(kk.DATIVE_SURNAME)
_RU_ACCUSATIVE_A = re.compile(ru.ACCUSATIVE_A)
_RU_PATRONYMIC_ACCUSATIVE = ru.PATRONYMIC_ACCUSATIVE


def nominative(name: str, language: str) -> str:
    """Best effort: the dative (kk) or accusative (ru) surname back to its dictionary form."""
    words = name.split()
    if language == "kk" or has_kazakh_letters(name):
        words[-1] = _KK_DATIVE.sub("", words[-1]) if _KK_DATIVE_SURNAME.search(words[-1]) else words[-1]
        return " ".join(words)
    if any(w.endswith(_RU_PATRONYMIC_ACCUSATIVE) for w in words):  # a man's name in the accusative
        return " ".join(_RU_ACCUSATIVE_A.sub("", w) for w in words)
    return name
