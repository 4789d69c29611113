"""The Russian tables of lang/ru/states.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import states as table

FINDS = {
    "EXTRA_NAMES": (
        ["KGZ",
         "TKM"],
        ["ADR"],
    ),
    "NOT_NAMES_ALONE": (
        ["Того"],
        ["ADR"],
    ),
    "ADJECTIVES": (
        ["KAZ",
         "BLR"],
        ["ADR"],
    ),
    "STATEHOOD_NOUNS": (
        ["сторона",
         "республика"],
        ["ADR"],
    ),
    "COORDINATORS": (
        ["и",
         "или"],
        ["ADR"],
    ),
    "ADJECTIVE_ENDINGS": (
        ["ый",
         "ий"],
        ["ADR"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


def test_cldr_abbreviations_are_written_out():
    import re

    def written_out(name):
        for pattern, full in table.CLDR_ABBREVIATIONS:
            name = re.sub(pattern, full, name)
        return name
    assert written_out("Соломоновы о-ва") == "Соломоновы острова"
    assert written_out("Св. Елена") == "Святой Елена"
    assert written_out("Гонконг (САР)") == "Гонконг"
    assert written_out("Казахстан") == "Казахстан"
    assert table.EXTRA_NAMES["USA"] == ("США", "Соединенные Штаты Америки")
