"""Shortcuts taken for speed give what the long way gives (issue 17: a speed-up changes no output)."""

from __future__ import annotations

import re

import pytest

from treatykg.facts import citations
from treatykg.facts.provisions import provisions
from treatykg.lang.citation_wording import CITATIONS, RU_TITLE_HEAD


def test_a_restart_citation_form_holds_the_head_noun_its_cue_looks_for():
    """_citations_in skips the forms found from a Russian head noun in a text where RU_TITLE_HEAD finds none: each
    such form must hold that pattern, outside any optional group (inside its title group)."""
    restart = [form for form in CITATIONS if form.restart]
    assert restart
    for form in restart:
        title = form.pattern.pattern.split("(?P<title>", 1)[1]
        assert RU_TITLE_HEAD.pattern in title, form.pattern.pattern[:80]


def test_citations_are_the_same_without_the_head_noun_cue(corpus_acts, monkeypatch):
    def everything():
        return [citations.extract_citations(version.document.treaty, provisions(version.document.treaty))
                for act in corpus_acts for version in act.versions if version.document.treaty]

    fast = everything()
    monkeypatch.setattr(citations, "HEAD_CUE", re.compile(""))  # every text has a "head": each form is tried
    assert everything() == fast
    assert any(fast)


@pytest.mark.parametrize("text", ["plain", 'a"b', "a\\b", "x\ny", "\u2028", "\xa0", "Қазақстан"])
def test_a_literal_needing_no_escape_is_written_as_is(text):
    from rdflib import Literal

    from treatykg.rdf.dumps import _ESCAPES, nt_literal

    assert nt_literal(Literal(text)) == '"' + text.translate(_ESCAPES) + '"'
