"""How texts name the place where a treaty is or was signed. The words are in lang/kk/places.py and
lang/ru/places.py.

Each table lists ``(pattern, language, inflected)``, in the order to try them: the place is the pattern's group
``place``, named in ``language``; ``inflected`` says that the text may put it in a case (the Russian prepositional
after "in", the Kazakh locative), so that the gazetteer takes it back to the nominative; after the Kazakh "in the city
of" the name is already a nominative.
"""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER
from treatykg.lang.kk import places as kk
from treatykg.lang.ru import places as ru

_NAME = rf"[{CYR_UPPER}A-Z][\w-]+"
_KK_LOCATIVE = rf"{_NAME}{kk.LOCATIVE}"
_KK_DATE = kk.DATE
_KK_SIGNED = kk.SIGNED
_RU_PARTICIPLE = ru.PARTICIPLE
_RU_DATE = ru.DATE
_RU_IN_CITY = ru.IN_CITY

# A place an act states for the treaty it approves. First the place the signing participle governs, so that a
# consulate "in the city of Astrakhan", done "in the city of Astana", gives Astana. Then any place named as a city.
ACT_PLACES: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(rf"(?P<place>{_NAME})\s+{kk.IN_CITY}\s+(?:{_KK_DATE})?{_KK_SIGNED}"), "kk", False),
    (re.compile(rf"(?P<place>{_KK_LOCATIVE})\s+(?:{_KK_DATE})?{_KK_SIGNED}"), "kk", True),
    (re.compile(rf"{_RU_PARTICIPLE}\s+{_RU_DATE}?{ru.IN}\s+{ru.CITY}?(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"(?P<place>{_NAME})\s+{kk.IN_CITY}"), "kk", False),
    (re.compile(rf"{_RU_IN_CITY}(?P<place>{_NAME})"), "ru", True),
)
# An act's point that says where and when the treaty was done or signed.
SIGNED_OR_DONE = re.compile(f"{kk.SIGNED_WORDS}|{ru.SIGNED_BEFORE_DATE}")
# Those of its words that the date of signing follows (Russian participles); a Kazakh participle follows the date.
DATE_AFTER_SIGNED = re.compile(ru.SIGNED_BEFORE_DATE)
# The place in a closing formula: a Kazakh city, a Russian "done in", a Russian city, or a Kazakh locative among the
# first words (after the date if any; never a treaty word).
_NOT_A_TREATY_WORD = rf"(?!{kk.NOT_A_PLACE})"
CLOSING_PLACES: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(rf"{_NOT_A_TREATY_WORD}(?P<place>{_NAME})\s+(?:{kk.IN_CITY}|{kk.IN_CITY_ABBREVIATED})"), "kk", False),
    (re.compile(rf"{ru.DONE}\s+{ru.IN}\s+{ru.CITY}?(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"{_RU_IN_CITY}(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"^\W*(?:\S+\s+){{0,4}}?{_NOT_A_TREATY_WORD}(?P<place>{_KK_LOCATIVE})(?=[\s,])"), "kk", True),
)
