"""The Kazakh tables of lang/kk/dates.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import dates as table

FINDS = {
    "MONTHS": (
        ["қаңтар",
         "ақпан"],
        ["ADR"],
    ),
    "MONTH_RE": (
        ["2. Әсiресе, Тараптар 1994 жылғы 15 сәуірдегі Санаткерлік меншік",
         "Ескерту. ҚР Үкіметінің 2000 жылғы 4 қазандағы N 1499 қаулысын қараңыз.*"],
        ["Қазақстан Республикасының Үкіметi мен Беларусь Республикасының Үкiметi (бұдан әрi - Тараптар),"],
    ),
    "YEAR_WORD": (
        ["Ескерту. ҚР Үкіметінің 2000 жылғы 4 қазандағы N 1499 қаулысын қараңыз.*",
         "1. 2000 жылғы 5 қазанда Астана қаласында жасалған Қазақстан Республикасының"],
        ["Қазақстан Республикасының Үкіметі қаулы етеді:"],
    ),
    "YEAR_CUE": (
        ["200__ жылғы \"___\"______________ ___________ қаласында әр мәтін",
         "2. Әсiресе, Тараптар 1994 жылғы 15 сәуірдегі Санаткерлік меншік"],
        ["Қазақстан Республикасының Үкіметi мен Беларусь Республикасының Үкiметi (бұдан әрi - Тараптар),"],
    ),
    "ENDING_LETTERS": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI МЕН КОРЕЯ РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI АРАСЫНДАҒЫ ҒЫЛЫМИ "
          "ЖӘНЕ ТЕХНОЛОГИЯЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛIСIМ")],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
