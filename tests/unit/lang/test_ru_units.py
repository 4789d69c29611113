"""The Russian table of lang/ru/units.py: the lemmas of the units of a period, whose forms (pymorphy3) lang/numbers.py
reads a unit word with; each on real wording (drawn from the corpus and the gold acts), and the words a stem found
that are no unit."""

from __future__ import annotations

import pytest

from treatykg.lang.numbers import iso_period
from treatykg.lang.ru import units as table


def test_the_units_are_given_by_their_lemmas():
    assert table.PERIOD_UNIT_LEMMAS == {"M": "месяц", "Y": "год", "W": "неделя", "D": "день"}


@pytest.mark.parametrize(("number", "unit", "period"), [
    ("6", "месяцев", "P6M"), ("шести", "месяцев", "P6M"), ("один", "месяц", "P1M"),
    ("пять", "лет", "P5Y"), ("один", "год", "P1Y"), ("двух", "лет", "P2Y"), ("2", "года", "P2Y"),
    ("две", "недели", "P2W"), ("1", "неделю", "P1W"),
    ("30", "дней", "P30D"), ("90", "дня", "P90D"), ("1", "день", "P1D"),
    ("30", "днем", "P30D"), ("30", "днём", "P30D"),  # the texts write e for yo
    # words a stem ("месяц", "лет", "год", "недел", "дн") found that are no unit of a period
    ("6", "летний", None), ("2", "годовых", None), ("1", "неделимый", None), ("5", "дневных", None),
    ("3", "днестровских", None), ("6", "месяцеслов", None),
])
def test_a_unit_word_is_a_form_of_its_lemma(number, unit, period):
    assert iso_period(number, unit) == period
