"""The Russian tables of lang/ru/closing.py, each on real wording (drawn from the corpus and the gold
acts): what it finds and what it does not; a labelled table gives the first label whose wording fits, in its
order of precedence."""

from __future__ import annotations

import pytest

from lang_tables import cases, finds
from treatykg.lang.ru import closing as table

FINDS = {
    "YEAR_BOUNDARY": (
        ["Казахстан от 18 июля 2001 года N 972",
         "собственности от 15 апреля 1994 года."],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
    "PREVAILING": (
        ["обращаться к тексту на английском языке.",
         "Соглашения, Стороны будут руководствоваться текстом на русском языке."],
        [("Об утверждении Соглашения между Правительством Республики Казахстан и Правительством "
          "Республики Беларусь о сотрудничестве в области печати и информации")],
    ),
}


@pytest.mark.parametrize(("name", "text", "found"), cases(FINDS))
def test_table_finds_its_wording(name, text, found):
    assert finds(getattr(table, name), text, name) is found


def test_the_words_are_given_by_their_lemmas():
    assert (table.ORIGINAL_ADJECTIVE_LEMMA, table.ORIGINAL_COPY_LEMMA, table.LANGUAGES_WORD_LEMMA) == (
        "подлинный", "экземпляр", "язык")
    assert table.ORIGINAL_ADJECTIVE_GRAMMEMES == {"ADJF"} and table.LANGUAGES_WORD_GRAMMEMES == {"loct"}
    assert table.DIVERGENCE_LEMMAS == (
        "расхождение", "разногласие", "разночтение", "несоответствие", "сомнение", "толкование")


@pytest.mark.parametrize(("text", "originals"), [
    ("Совершено в городе Бишкек 14 декабря 2000 года в двух подлинных экземплярах каждый на казахском", "двух"),
    ("Совершено в г._________ \"__\"______ __г. в двух экземплярах, каждый на", "двух"),
    ("в одном подлинном экземпляре, который хранится у депозитария", "одном"),
    # "подлинно" is no adjective of the copies, "экземплярный" no copy
    ("в двух подлинно экземплярах", None), ("в двух экземплярных", None),
])
def test_originals_are_the_forms_of_copy_and_its_adjective(text, originals):
    from treatykg.lang.closing_wording import ORIGINALS

    found = ORIGINALS.search(text)
    assert (found.group(1) if found else None) == originals


@pytest.mark.parametrize(("text", "found"), [
    ("обращаться к тексту на английском языке.", True),
    ("Совершено в Минске 17 января 1996 года в двух экземплярах, каждый на казахском и русском языках.", True),
    ("Соглашения РК на языках заключения", True),
    ("Стороны обмениваются информацией о языковой политике", False),
    ("русский язык является рабочим языком", False),  # not the prepositional case
])
def test_languages_word_is_the_prepositional_of_its_lemma(text, found):
    from treatykg.lang.closing_wording import LANGUAGES_WORD

    assert bool(LANGUAGES_WORD.search(text)) is found


@pytest.mark.parametrize(("text", "found"), [
    ("разногласий в толковании положений настоящего Соглашения, Стороны будут", True),
    ("В случае разночтений Договаривающиеся Стороны будут руководствоваться текстом на русском языке.", True),
    ("В случае возникновения расхождений между текстами настоящего Соглашения", True),
    ("При возникновении сомнения в подлинности", True),
    ("в случае несоответствия между текстами", True),
    # words of the same root and another lexeme are no divergence
    ("сомнительные операции", False), ("Об утверждении Соглашения между Правительством Республики Казахстан", False),
])
def test_divergence_is_the_forms_of_its_lemmas(text, found):
    from treatykg.lang.closing_wording import DIVERGENCE

    assert bool(DIVERGENCE.search(text)) is found


def test_copies_end_the_stretch_where_languages_are_named():
    from treatykg.lang.closing_wording import LANGUAGES_BOUNDARY

    stop = LANGUAGES_BOUNDARY.search("каждый на казахском и русском языках в двух экземплярах")
    assert stop is not None and stop.group(0) == "экземплярах"
