"""The Russian tables of lang/ru/dates.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import dates as table

FINDS = {
    "MONTH_FORMS": (
        ["января",
         "февраля"],
        ["ADR"],
    ),
    "MONTH_RE": (
        ["Казахстан от 18 июля 2001 года N 972",
         "собственности от 15 апреля 1994 года."],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
    "YEAR_WORD": (
        ["Казахстан от 18 июля 2001 года N 972",
         "собственности от 15 апреля 1994 года."],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
    "YEAR_CUES": (
        ["года",
         "г."],
        ["ADR"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
