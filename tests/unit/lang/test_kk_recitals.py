"""The Kazakh tables of lang/kk/recitals.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import recitals as table

FINDS = {
    "RECITAL_END": (
        ["жол бере отырып, аталған Келісімді Қазақстан Республикасының Үкіметі",
         "Уағдаласушы Тараптар өз заңдарының талаптарын сақтай отырып, бір-біріне:"],
        [("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы "
          "Баспасөз және ақпарат саласындағы ынтымақтастық туралы келісімді бекіту туралы")],
    ),
    "JOINED_PURPOSE": (
        ["сондай-ақ екі ел арасындағы ынтымақтастықты дамыту мақсатында"],
        ["екі ел арасындағы ынтымақтастықты дамыту мақсатында"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
