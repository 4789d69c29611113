"""Keys that do not depend on the language of the text, for the IRIs of shared entities: the same treaty subject,
authority, office or person gets one key from its Kazakh and its Russian name (lang/kk/keys.py, lang/ru/keys.py)."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import slug
from treatykg.lang.kk import keys as kk
from treatykg.lang.ru import keys as ru


def _either(kk_wording: str, ru_wording: str) -> str:
    """One pattern for a name in either language (a name both languages spell alike is given once)."""
    return kk_wording if kk_wording == ru_wording else f"{kk_wording}|{ru_wording}"


def _rows(kk_table: dict[str, str], ru_table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((key, _either(kk_table[key], ru_table[key])) for key in kk_table)


# Subjects of treaties in both languages -> one key. General rule: a treaty is named by its parties,
# its year and its subject; the subject needs a key that the kk and ru titles share. The first that matches wins.
SUBJECTS = _rows(kk.SUBJECTS, ru.SUBJECTS)
AUTHORITIES = _rows(kk.AUTHORITIES, ru.AUTHORITIES)
OFFICES = _rows(kk.OFFICES, ru.OFFICES)


def _key(table, text: str) -> str | None:
    for key, pattern in table:
        if re.search(pattern, text, re.I):
            return key
    return None


def subject_key(title: str | None) -> str | None:
    return _key(SUBJECTS, title or "")


def authority_key(name: str) -> str:
    return _key(AUTHORITIES, name) or slug(name)


def known_authority_key(name: str) -> str | None:
    """The language-independent key of an authority the table knows; None for any other."""
    return _key(AUTHORITIES, name)


def office_key(office: str) -> str:
    return _key(OFFICES, office) or slug(office)


# Only searched for whether a word ends so (the order of the alternatives does not matter).
_SURNAME = re.compile(rf"(?:{kk.SURNAME_ENDINGS}|{ru.SURNAME_ENDINGS})$", re.I)
# a patronymic, which also ends in a surname-like way
_PATRONYMIC = re.compile(rf"(?:{kk.PATRONYMIC_ENDINGS}|{ru.PATRONYMIC_ENDINGS})$", re.I)


def person_key(name: str) -> str:
    """Surname and first initial, transliterated: the same person in kk and ru texts gets one key."""
    words = [w.strip(".,") for w in name.split() if w.strip(".,")]
    initials = [w for w in words if len(w) == 1]
    full = [w for w in words if len(w) > 1]
    surname = next((w for w in full if _SURNAME.search(w) and not _PATRONYMIC.search(w)),
                   full[-1] if full else name)
    given = initials[:1] or [w[0] for w in full if w is not surname][:1]
    return slug(f"{surname} {''.join(given)}")
