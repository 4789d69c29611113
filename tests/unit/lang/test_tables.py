"""Every public table of lang/kk and lang/ru has tests of its own: the test module of its language and topic
(tests/unit/lang/test_<language>_<topic>.py) names it, so a new table without a test fails here. And the tables
that lang/ joins by label list the same labels in both languages, in the same order (their order of precedence)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lang_tables import public_tables
from treatykg.lang.kk import clauses as kk_clauses
from treatykg.lang.kk import keys as kk_keys
from treatykg.lang.kk import parties as kk_parties
from treatykg.lang.ru import clauses as ru_clauses
from treatykg.lang.ru import keys as ru_keys
from treatykg.lang.ru import parties as ru_parties
from treatykg.lang.wording import labelled

TESTS = Path(__file__).resolve().parent


def untested_tables(language: str, tables: dict[str, list[str]]) -> list[str]:
    """The tables no test module of their language and topic names (as a quoted name or an attribute)."""
    missing = []
    for topic, names in tables.items():
        test = TESTS / f"test_{language}_{topic}.py"
        text = test.read_text(encoding="utf-8") if test.exists() else ""
        missing += [f"{language}/{topic}.py: {name}" for name in names
                    if not re.search(rf"[\"'.]{name}\b", text)]
    return missing


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_public_table_has_a_test_that_names_it(language):
    tables = public_tables(language)
    assert len(tables) >= 15 and sum(map(len, tables.values())) > 200
    assert untested_tables(language, tables) == []


def test_a_new_table_without_a_test_is_found():
    tables = {"clauses": ["TREATY_NOUN", "A_NEW_CUE"], "a_new_topic": ["WORDS"]}
    assert untested_tables("kk", tables) == ["kk/clauses.py: A_NEW_CUE", "kk/a_new_topic.py: WORDS"]


@pytest.mark.parametrize(("kazakh", "russian"), [
    (kk_clauses.DISPUTE_MEANS, ru_clauses.DISPUTE_MEANS),
    (kk_clauses.NON_AFFECTION_SCOPES, ru_clauses.NON_AFFECTION_SCOPES),
    (kk_parties.HEAD_NOUNS, ru_parties.HEAD_NOUNS),
    (kk_keys.SUBJECTS, ru_keys.SUBJECTS),
    (kk_keys.AUTHORITIES, ru_keys.AUTHORITIES),
    (kk_keys.OFFICES, ru_keys.OFFICES),
])
def test_labelled_tables_list_the_same_labels_in_the_same_order(kazakh, russian):
    assert list(kazakh) == list(russian)
    assert [label for label, _ in labelled({"kk": kazakh, "ru": russian})] == list(kazakh)


def test_tables_that_disagree_on_their_labels_are_refused():
    with pytest.raises(ValueError):
        labelled({"kk": {"court": "сот", "arbitration": "арбитраж"}, "ru": {"arbitration": "арбитраж", "court": "суд"}})
