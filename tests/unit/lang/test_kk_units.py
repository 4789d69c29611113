"""The Kazakh tables of lang/kk/units.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import label_of, labelled_cases
from treatykg.lang.kk import units as table

LABELS = {
    "PERIOD_UNITS": {
        "Тараптардың әрқайсысы бiр Тарап мемлекеттерiнің ақпараттық мекемелерi кәсiптiк": "M",
        "200__ жылғы \"___\"______________ ___________ қаласында әр мәтін": "Y",
        "Осы Келiсiмдi жүзеге асыру мақсатында Тараптар:": "W",
        "туған күні; туған жері; азаматтығы;": "D",
        ("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы "
         "Баспасөз және ақпарат саласындағы ынтымақтастық туралы келісімді бекіту туралы"): None,
    },
}



@pytest.mark.parametrize(("name", "text", "label"), labelled_cases(LABELS))
def test_labelled_table_gives_the_first_label_that_fits(name, text, label):
    assert label_of(getattr(table, name), text) == label
