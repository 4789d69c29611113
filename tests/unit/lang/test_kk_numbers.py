"""The Kazakh tables of lang/kk/numbers.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import numbers as table

FINDS = {
    "NUMBERS": (
        ["бір",
         "екі"],
        ["ADR"],
    ),
    "ORDINAL_STEMS": (
        ["бір",
         "екі"],
        ["ADR"],
    ),
    "ORIGINALS_WORDS": (
        ["бір",
         "екі"],
        ["ADR"],
    ),
    "TENS_BEFORE_UNIT": (
        ["халықаралық үкiметтiк байланыс, сондай-ақ үкiметтік байланыстың ұлттық желiлерi үшiн жаңа жүйелер",
         ("Тараптар теле және радио хабарларын таратуды, сондай-ақ екі мемлекеттiң журналистерi "
          "дайындаған материалдарды")],
        [("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы "
          "Баспасөз және ақпарат саласындағы ынтымақтастық туралы келісімді бекіту туралы")],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


def test_cardinals_and_ordinal_stems_have_their_values():
    assert table.NUMBERS["алты"] == 6 and table.NUMBERS["тоқсан"] == 90 and "алтыншы" not in table.NUMBERS
    assert table.ORDINAL_STEMS["отыз"] == 30 and table.ORIGINALS_WORDS["екi"] == 2
