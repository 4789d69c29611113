"""Nothing is lost: every character belongs to one leaf, the model renders back, offsets map to the raw file."""

import re

import pytest

from helpers import all_versions, version_id
from treatykg.lang.alphabet import LATIN_TO_CYRILLIC
from treatykg.text.render import render

VERSIONS = all_versions()


@pytest.mark.parametrize("item", VERSIONS, ids=version_id)
def test_every_character_belongs_to_exactly_one_leaf(item):
    _, version = item
    text = version.normalised.text
    position = 0
    for leaf in version.document.leaves():
        assert leaf.start == position, f"gap or overlap at {position}"
        assert leaf.value == text[leaf.start:leaf.end]
        assert leaf.end > leaf.start
        position = leaf.end
    assert position == len(text)


@pytest.mark.parametrize("item", VERSIONS, ids=version_id)
def test_rendering_the_model_gives_the_normalised_text(item):
    _, version = item
    assert render(version.document) == version.normalised.text


@pytest.mark.parametrize("item", VERSIONS, ids=version_id)
def test_node_spans_nest(item):
    _, version = item
    for node in version.document.walk():
        for child in node.children:
            assert node.start <= child.start <= child.end <= node.end


def _letters(text: str) -> str:
    return "".join(ch for ch in text.translate(LATIN_TO_CYRILLIC).lower() if ch.isalnum())


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@pytest.mark.parametrize("item", VERSIONS, ids=version_id)
def test_offsets_map_back_to_the_raw_file(item):
    _, version = item
    norm = version.normalised
    raw = norm.raw
    # every copied character maps to the same character in the raw text
    for seg in norm.offsets.segments:
        if seg.copied:
            assert raw[seg.raw_start:seg.raw_end] == norm.text[seg.norm_start:seg.norm_end]
    # every leaf's letters appear, in order, in the raw span that it maps to
    for leaf in version.document.leaves():
        raw_start, raw_end = norm.raw_span(leaf.start, leaf.end)
        assert 0 <= raw_start <= raw_end <= len(raw)
        assert _is_subsequence(_letters(leaf.value), _letters(raw[raw_start:raw_end])), leaf.value[:60]


def test_a_leaf_maps_to_its_line_in_the_seed(corpus_acts):
    version = next(a for a in corpus_acts if a.source.layout == "adilet").versions[0]
    article_8 = next(a for a in version.document.treaty.articles if a.num == 8)
    start, end = version.normalised.raw_span(article_8.start, article_8.end)
    raw = version.normalised.raw
    assert raw[start:end].startswith("8-бап")
    assert raw.count("\n", 0, start) + 1 == 148  # the line "8-бап" in the source file
    assert "келісімге сәйкес жүзеге асырылады." in raw[start:end]


@pytest.mark.parametrize("item", VERSIONS, ids=version_id)
def test_repairs_name_raw_offsets_that_hold_the_text_they_replaced(item):
    _, version = item
    raw = version.normalised.raw
    for repair in version.normalised.repairs:
        assert 0 <= repair.raw_start <= repair.raw_end <= len(raw)
        if repair.kind in ("letter-spacing", "markdown-heading", "markdown-anchor", "latin-lookalike", "line-ending"):
            assert re.sub(r"\s", "", repair.before) in re.sub(r"\s", "", raw[repair.raw_start:repair.raw_end])
