"""The Russian tables of lang/ru/numbers.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import numbers as table

FINDS = {
    "NUMBERS": (
        ["один",
         "одного"],
        ["ADR"],
    ),
    "ORDINAL_STEMS": (
        ["перв",
         "втор"],
        ["ADR"],
    ),
    "ORIGINALS_WORDS": (
        ["одном",
         "единственном"],
        ["ADR"],
    ),
    "TENS_BEFORE_UNIT": (
        ["пребывание на территории государств Сторон не должно превышать 30 (тридцати) дней с даты въезда.",
         ("Настоящее Соглашение вступает в силу на тридцатый день со дня сдачи депозитарию, которым "
          "является Интеграционный")],
        ["2. Настоящее постановление вступает в силу со дня подписания."],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


def test_compound_stems_give_the_number_a_compound_word_opens_with():
    stems = dict(table.COMPOUND_STEMS)
    assert [stems[stem] for stem in stems if "пятилетний".startswith(stem)] == [5, 5]
    assert [stems[stem] for stem in stems if "двухлетний".startswith(stem)] == [2]
    assert not [stem for stem in stems if "годичный".startswith(stem)]
    assert table.NUMBERS["шести"] == 6 and table.NUMBERS["двадцати"] == 20 and "шестой" not in table.NUMBERS
