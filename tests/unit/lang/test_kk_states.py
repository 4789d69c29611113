"""The Kazakh tables of lang/kk/states.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import states as table

FINDS = {
    "EXTRA_NAMES": (
        ["MNG",
         "AZE"],
        ["ADR"],
    ),
    "NOT_NAMES_ALONE": (
        ["Того"],
        ["ADR"],
    ),
    "ADJECTIVES": (
        ["TUR",
         "KGZ"],
        ["ADR"],
    ),
    "STATEHOOD_NOUNS": (
        ["тарап",
         "республика"],
        ["ADR"],
    ),
    "COORDINATORS": (
        ["және",
         "мен"],
        ["ADR"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


def test_extra_names_are_kazakh_spellings():
    assert "Монғолия" in table.EXTRA_NAMES["MNG"] and "Қырғыз Республикасы" in table.EXTRA_NAMES["KGZ"]
    assert "тарап" in table.STATEHOOD_NOUNS and "сторона" not in table.STATEHOOD_NOUNS
