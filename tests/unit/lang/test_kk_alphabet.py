"""The Kazakh tables of lang/kk/alphabet.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.kk import alphabet as table

FINDS = {
    "ONLY_UPPER": (
        ["Мамандар: Багарова Ж.А. Қасымбеков Б.А.",
         "Қазақстан Республикасының Премьер-Министрі"],
        [("Беларусь тарапынан - Беларусь Республикасының Мемлекеттік баспасөз комитетiн құзыреттi "
          "органдар деп белгiлейдi.")],
    ),
    "ONLY_LOWER": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI МЕН КОРЕЯ РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI АРАСЫНДАҒЫ ҒЫЛЫМИ "
          "ЖӘНЕ ТЕХНОЛОГИЯЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛIСIМ")],
    ),
    "UPPER": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("8) оқу-жаттығуға қатысу үшін қажетті телефондарды, факстар мен радиоқұрылғыларды "
          "пайдалануға рұқсат етеді;")],
    ),
    "LOWER": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI МЕН КОРЕЯ РЕСПУБЛИКАСЫНЫҢ ҮКIМЕТI АРАСЫНДАҒЫ ҒЫЛЫМИ "
          "ЖӘНЕ ТЕХНОЛОГИЯЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛIСIМ")],
    ),
    "LETTERS": (
        ["Қазақстан Республикасының Премьер-Министрі",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        [],
    ),
    "LATIN_LOOKALIKES": (
        ["i",
         "I"],
        ["ADR"],
    ),
    "ROMAN_LOOKALIKES": (
        ["І",
         "Ү"],
        ["ADR"],
    ),
    "NUMERAL_LOOKALIKES": (
        ["Қазақстан Республикасы Үкіметі қаулы етеді:",
         "Қазақстан Республикасының Үкіметі қаулы етеді:"],
        ["2. Осы қаулы қол қойылған күнінен бастап күшіне енеді."],
    ),
    "TRANSLITERATION": (
        ["ә",
         "ғ"],
        ["ADR"],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found
