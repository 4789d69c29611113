"""The Russian tables of lang/ru/alphabet.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import alphabet as table

FINDS = {
    "UPPER": (
        ["Статья 1",
         "Статья 2"],
        [("руководствуясь стремлением к дальнейшему развитию и укреплению дружественных отношений, "
          "существующих между двумя государствами,")],
    ),
    "LOWER": (
        ["Статья 1",
         "согласились о нижеследующем:"],
        ["ЗА ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ КАЗАХСТАН"],
    ),
    "LATIN_LOOKALIKES": (
        ["y",
         "a"],
        ["ADR"],
    ),
    "ROMAN_LOOKALIKES": (
        ["Х",
         "С"],
        ["ADR"],
    ),
    "NUMERAL_LOOKALIKES": (
        ["Статья ХII",
         "Статья ХIII"],
        ["Статья II Сфера действия Соглашения"],
    ),
    "YO_AS_E": (
        ["ё",
         "Ё"],
        ["ADR"],
    ),
    "TRANSLITERATION": (
        ["а",
         "б"],
        ["ADR"],
    ),
    "YO": (
        ["ещё"],
        ["еще"],
    ),
    "YO_UPPER": (
        ["ЁЛКА"],
        ["ЕЛКА"],
    ),
    "E": (
        ["согласились о нижеследующем:",
         "Премьер-Министр Республики Казахстан"],
        ["Казахстан от 18 июля 2001 года N 972"],
    ),
    "E_OR_YO": (
        ["согласились о нижеследующем:",
         "Премьер-Министр Республики Казахстан"],
        ["Казахстан от 18 июля 2001 года N 972"],
    ),
    "UPPER_LETTERS": (
        ["Статья 1",
         "Статья 2"],
        [("руководствуясь стремлением к дальнейшему развитию и укреплению дружественных отношений, "
          "существующих между двумя государствами,")],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
