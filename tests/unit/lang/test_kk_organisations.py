"""The Kazakh tables of lang/kk/organisations.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import organisations as table

FINDS = {
    "NAMES": (
        ["UN",
         "UNESCO"],
        ["ADR"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
