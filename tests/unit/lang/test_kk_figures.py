"""The Kazakh tables of lang/kk/figures.py: every English key of a figure has its Kazakh word, the same keys as
the other language's table, and no word is left in English."""

from __future__ import annotations

import re

import pytest

from treatykg.lang.kk import figures as table
from treatykg.lang.ru import figures as other


@pytest.mark.parametrize("name", ["RELATION_WORDS", "EVENT_WORDS"])
def test_every_key_has_a_kazakh_word(name):
    words = getattr(table, name)
    assert list(words) == list(getattr(other, name))
    for english, word in words.items():
        assert word and re.fullmatch(r"[\w\s-]+", word) and not re.search(r"[A-Za-z]", word), (english, word)
