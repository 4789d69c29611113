"""lang/morphology.py, table by table: the Kazakh suffix model, and the Russian forms the dictionary gives a term word.

The wording is real: the terms and their uses come from the definitions and provisions of corpus and gold acts.
"""

from __future__ import annotations

import pytest

from treatykg.lang.morphology import russian_word_forms, term_pattern


def _kk(term: str, text: str) -> bool:
    return term_pattern(term, "kk").fullmatch(text) is not None


def _ru(term: str, text: str) -> bool:
    return term_pattern(term, "ru").fullmatch(text) is not None


# --- Kazakh: one test per table ------------------------------------------------------------------------------------

def test_kk_plural_endings_with_a_case_after_them():  # KK_PLURAL
    assert _kk("шифрлау құрал", "шифрлау құралдарымен")
    assert _kk("құзыретті орган", "құзыретті органдарға")


def test_kk_possessive_endings():  # KK_POSSESSIVE
    assert _kk("үкіметтік байланыс", "үкіметтік байланысы")
    assert _kk("жүйе", "жүйесі")


def test_kk_case_endings():  # KK_CASES
    assert _kk("үкіметтік байланыс", "үкіметтік байланыстың")
    assert _kk("ақпаратты қорғау", "ақпаратты қорғауға")
    assert not _kk("үкіметтік байланыс", "үкіметтік байланыстыр")  # a derived verb, not a case


def test_kk_cases_after_a_possessive():  # KK_CASES_AFTER_POSSESSIVE, KK_POSSESSIVE_FINALS
    assert _kk("шифрлау құралдары", "шифрлау құралдарының")
    assert _kk("шифрлау құралдары", "шифрлау құралдарын")
    # the bare -н of the accusative follows a possessive only, never a consonant stem
    assert not _kk("үкіметтік байланыс", "үкіметтік байланысн")


def test_kk_final_consonant_alternations():  # KK_ALTERNATIONS, KK_VOWELS
    assert _kk("криптографиялық", "криптографиялығы")
    assert not _kk("криптографиялық", "криптографиялығда")  # the voiced stem takes vowel endings only


def test_kk_high_vowel_drops_before_a_vowel_ending():  # KK_HIGH_VOWELS
    assert _kk("мүлік", "мүлкі")
    assert _kk("орын", "орны")
    assert not _kk("мүлік", "мүлкте")  # the short stem takes vowel endings only


def test_kk_function_words_do_not_inflect():  # KK_FUNCTION_WORDS
    assert _kk("құралдар мен жүйелер", "құралдар мен жүйелерге")
    assert not _kk("құралдар мен жүйелер", "құралдар менде жүйелер")


# --- Russian: the forms of the word's own lexeme, by the dictionary -------------------------------------------------

def test_ru_hyphenated_term_in_the_instrumental_plural_and_the_genitive_singular():
    """Act 2391 (1999): "Организация-заказчик" is defined in the nominative singular and used as "заключенных
    Организациями-заказчиками" and "местонахождения Организации-заказчика". The suffix model cut endings off the
    whole compound only, so neither use was found."""
    pattern = term_pattern("Организация-заказчик", "ru")
    instrumental = "не препятствует выполнению договоров, заключенных Организациями-заказчиками, Организациями-"
    genitive = "в соответствии с законодательством государства местонахождения Организации-заказчика, включающий"
    assert [m.group() for m in pattern.finditer(instrumental)] == ["Организациями-заказчиками"]
    assert [m.group() for m in pattern.finditer(genitive)] == ["Организации-заказчика"]
    assert not _ru("Организация-заказчик", "Организация-заказ")


@pytest.mark.parametrize("term, text", [
    ("компетентный орган", "компетентными органами"),   # the instrumental plural of a term in the singular
    ("осужденное лицо", "осужденными лицами"),
    ("принимающая Сторона", "принимающей Стороной"),     # a participle takes its own forms
    ("Встреча на высшем уровне", "Встречи на высшем уровне"),
    ("Партнеры по диалогу", "Партнёрами по диалогу"),     # ё and е
])
def test_ru_case_and_number_forms_are_uses(term, text):
    assert _ru(term, text)


def test_ru_forms_stay_in_the_lexeme_of_the_word():  # RU_INFLECTED_POS
    assert not _ru("связь", "связанности")
    assert not _ru("Уполномоченные ведомства", "уполномочить ведомства")  # the verb of the participle
    assert not _ru("компетентный орган", "компетентнее органа")           # a comparative
    assert not _ru("Встреча на высшем уровне", "Встреча на высоком уровне")  # the superlative is its own word
    assert not _ru("Встреча на высшем уровне", "Встреча на высочайшем уровне")
    assert russian_word_forms("совместно") == ("совместно",)              # an adverb has one form


def test_ru_a_lower_case_word_is_no_proper_name():  # RU_PROPER_NAME_TAGS
    forms = russian_word_forms("сахара")  # "... сахара белого": the sugar, not the desert
    assert "сахаром" in forms and "сахарой" not in forms


def test_ru_abbreviations_and_unknown_words_stay_as_written():  # RU_LITERAL_TAGS
    assert russian_word_forms("ЮНЕСКО") == ("юнеско",)
    assert _ru("Регион ЭКО", "Региона ЭКО")
    assert not _ru("Регион ЭКО", "Региона ЭКОМ")


def test_ru_function_words_stay_as_written():  # RU_FUNCTION_WORDS: the dictionary knows "из" as a name, too
    assert russian_word_forms("из") == ("из",)
    assert russian_word_forms("при") == ("при",)
    assert _ru("группа по оказанию помощи", "группы по оказанию помощи")
