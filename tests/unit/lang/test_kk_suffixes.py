"""The Kazakh tables of lang/kk/suffixes.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import suffixes as table

FINDS = {
    "PLURAL": (
        ["лар",
         "лер"],
        ["ADR"],
    ),
    "POSSESSIVE": (
        ["ы",
         "і"],
        ["ADR"],
    ),
    "POSSESSIVE_AFTER_VOWEL": (
        ["сы",
         "сі"],
        ["ADR"],
    ),
    "CASES": (
        ["ның",
         "нің"],
        ["ADR"],
    ),
    "CASES_AFTER_POSSESSIVE": (
        ["ның",
         "нің"],
        ["ADR"],
    ),
    "ALTERNATIONS": (
        ["қ",
         "к"],
        ["ADR"],
    ),
    "VOWELS": (
        ["я",
         "е"],
        ["ADR"],
    ),
    "HIGH_VOWELS": (
        ["ұ",
         "ү"],
        ["ADR"],
    ),
    "POSSESSIVE_FINALS": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI МЕН КОРЕЯ РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI АРАСЫНДАҒЫ ҒЫЛЫМИ "
          "ЖӘНЕ ТЕХНОЛОГИЯЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛIСIМ")],
    ),
    "LOCATIVE": (
        ["дағы",
         "дегі"],
        ["ADR"],
    ),
    "POSSESSIVE_LOCATIVE": (
        ["ндағы",
         "ндегі"],
        ["ADR"],
    ),
    "EPENTHETIC": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI МЕН КОРЕЯ РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI АРАСЫНДАҒЫ ҒЫЛЫМИ "
          "ЖӘНЕ ТЕХНОЛОГИЯЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛIСIМ")],
    ),
    "VOWEL_LETTERS": (
        ["я",
         "е"],
        ["ADR"],
    ),
    "ADJECTIVE": (
        ["лық",
         "лік"],
        ["ADR"],
    ),
    "GENITIVE": (
        ["ның",
         "нің"],
        ["ADR"],
    ),
    "ACCUSATIVE_ON_POSSESSIVE": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        ["әкімшілік жауаптылыққа тарту туралы;"],
    ),
    "ACCUSATIVE_ON_STEM": (
        ["ты",
         "ті"],
        ["ADR"],
    ),
    "ADJECTIVE_BEFORE": (
        ["5-бапЖарғы",
         "Құжаттардың жарамдылығы"],
        ["г) осы бапта аталған өтініш пен оған қоса тіркелген құжаттардың куәландырылған аудармасы."],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


# The suffix model, exercised through the rules that use it (lang/inflection.py, lang/morphology.py).

def test_locatives_are_taken_off_a_place_name():
    from treatykg.lang.inflection import kazakh_place_stem
    assert "да" in table.LOCATIVE and "нда" in table.POSSESSIVE_LOCATIVE and "ы" in table.EPENTHETIC
    assert kazakh_place_stem("Газада") == "Газа"
    assert kazakh_place_stem("Бішкекте") == "Бішкек"
    assert kazakh_place_stem("Минскіде") == "Минск"
    assert kazakh_place_stem("Минск") == "Минск"


def test_the_possessive_and_the_genitive_come_off_a_head_word():
    from treatykg.lang.inflection import kazakh_nominative, without_possessive
    assert table.POSSESSIVE_AFTER_VOWEL == ("сы", "сі") and "нің" in table.GENITIVE
    assert without_possessive("ұйымы") == "ұйым" and without_possessive("Республикасы") == "Республика"
    assert without_possessive("одағы") == "одағ" and without_possessive("ұйым") == "ұйым"
    assert kazakh_nominative("Үкіметінің") == "Үкіметі" and kazakh_nominative("министрлігін") == "министрлігі"
    assert kazakh_nominative("Үкімет") == "Үкімет"


def test_a_term_matches_its_inflected_uses_and_not_a_derived_word():
    from treatykg.lang.morphology import term_pattern
    assert "лар" in table.PLURAL and "мен" in table.CASES and table.ALTERNATIONS["қ"] == "ғ"
    assert "ы" in table.HIGH_VOWELS and "а" in table.VOWELS and "у" in table.VOWEL_LETTERS
    pattern = term_pattern("криптографиялық қорғау", "kk")
    assert pattern.search("криптографиялық қорғаудың")
    assert term_pattern("криптографиялық", "kk").search("криптографиялығы")
    assert pattern.search("криптографиялық қорғауы")
    assert not term_pattern("үкімет", "kk").search("үкіметтік байланыс")


def test_an_adjective_of_a_name_is_no_ending_of_it():
    assert "лық" in table.ADJECTIVE and "тік" in table.ADJECTIVE
    assert "ты" in table.ACCUSATIVE_ON_STEM and table.ACCUSATIVE_ON_POSSESSIVE == "н"
    assert finds(table.ADJECTIVE_BEFORE, "жөніндегі", "ADJECTIVE_BEFORE")
    assert not finds(table.ADJECTIVE_BEFORE, "орталық", "ADJECTIVE_BEFORE")
