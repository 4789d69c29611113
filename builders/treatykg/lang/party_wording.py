"""How texts name the parties, their sides and the competent authorities they designate. The words are in
lang/kk/parties.py and lang/ru/parties.py."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER
from treatykg.lang.kk import parties as kk
from treatykg.lang.morphology import with_lexeme_forms
from treatykg.lang.ru import parties as ru

# An authority that is a ministry (any other designated authority is an agency).
MINISTRY = re.compile(f"{kk.MINISTRY}|{ru.MINISTRY}")

# Competent authorities: the bodies a treaty names to carry it out.
COMPETENT = re.compile(f"{ru.COMPETENT}|{kk.COMPETENT}", re.I)
NOTIFY_COMPETENT = re.compile(with_lexeme_forms(
    rf"(?:{ru.NOTIFY}|{kk.NOTIFY})\w*[^.]{{0,120}}(?:{ru.COMPETENT_WORD}|{kk.COMPETENT_WORD})"
    rf"|(?:{ru.COMPETENT_WORD}|{kk.COMPETENT_WORD})[^.]{{0,120}}(?:{ru.NOTIFY}|{kk.NOTIFY})"), re.I)
# The side (it names its state), a dash or colon, the authorities.
DESIGNATION_ITEM = re.compile(r"^(?P<side>[^–—:-]{3,80}?)\s*(?:\s[-–—]|:)\s+(?P<authority>.+)$")
# What follows the authorities in such an item or sentence.
AUTHORITY_TAIL = re.compile(rf"\s*(?:{kk.AUTHORITY_TAIL}|{ru.AUTHORITY_TAIL})?\W*$")
# Between two authorities named together: a comma, "and" before a capital; "and/or", "or".
BETWEEN_AUTHORITIES = re.compile(
    rf",\s+(?=[{CYR_UPPER}])|\s+(?:{kk.AND}|{ru.AND})\s+(?=[{CYR_UPPER}])"
    rf"|\s+(?:{kk.AND_OR}|{ru.AND_OR}|{kk.OR}|{ru.OR})\s+")
# The banks that serve a credit agreement, listed one per item and then called its authorised banks.
AUTHORISED_BANKS = re.compile(rf"(?i:{ru.AUTHORISED_BANKS}|{kk.AUTHORISED_BANKS})")
# Each party uses its own body, the bodies named in the order of the parties.
AUTHORITIES_RESPECTIVELY = {"ru": ru.AUTHORITIES_RESPECTIVELY, "kk": kk.AUTHORITIES_RESPECTIVELY}
# A sentence that names the authority.
AUTHORITY_SENTENCE = re.compile(f"{ru.AUTHORITY_SENTENCE}|{kk.AUTHORITY_SENTENCE}")
