"""The Russian tables of lang/ru/units.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import label_of, labelled_cases
from treatykg.lang.ru import units as table

LABELS = {
    "PERIOD_UNITS": {
        "оставаться в силе до истечения 6 месяцев с даты, когда одна из Сторон": "M",
        "Казахстан от 18 июля 2001 года N 972": "Y",
        "этого местах. Принимающая Сторона уведомляет о таких зонах за неделю до начала учений.": "W",
        "2. Настоящее постановление вступает в силу со дня подписания.": "D",
        "Правительство Республики Казахстан постановляет:": None,
    },
}



@pytest.mark.parametrize(("name", "text", "label"), labelled_cases(LABELS))
def test_labelled_table_gives_the_first_label_that_fits(name, text, label):
    assert label_of(getattr(table, name), text) == label
