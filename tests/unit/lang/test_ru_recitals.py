"""The Russian tables of lang/ru/recitals.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import recitals as table

FINDS = {
    "PURPOSE": (
        ["В целях реализации настоящего Соглашения Стороны определяют компетентные органы:",
         "Стороны, в соответствии с национальным законодательством их государств, будут способствовать"],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
    "BEFORE_HEAD": (
        ["особо",
         "глубоко"],
        ["ADR"],
    ),
    "JOINED_PURPOSE": (
        ["а также с целью развития сотрудничества"],
        ["с целью развития сотрудничества"],
    ),
    "PURPOSE_INSIDE": (
        ["С целью обеспечения прямой связи с возможностью обмена файлами между",
         "в целях развития и укрепления дружественных и партнерских взаимоотношений,"],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
