"""Working languages stated in prose, in the forms the family of acts writes them (gold set, 2024 review): the
language of the parties' correspondence or messages, of the documents they send each other, and the language those
documents are translated into. Each case quotes a few lines of a real act (named)."""

from __future__ import annotations

import pytest

from helpers import synthetic_treaty
from treatykg.evaluation.fields import named_languages
from treatykg.facts.clauses import extract_clauses


def _working(language: str, *paragraphs: str) -> list[str]:
    return [c.values["language"] for c in extract_clauses(synthetic_treaty(*paragraphs), language)
            if c.kind == "working-language"]


@pytest.mark.parametrize("language, paragraph, expected", [
    # zX-17489 (USA, secure line), Protocol II Art. 3 в)
    ("ru", "в) прямые сообщения из Казахстанского национального Центра в национальный Центр Соединенных Штатов "
           "передаются и принимаются на русском языке, и из национального Центра Соединенных Штатов в Казахстанский "
           "национальный Центр на английском языке;", ["ru", "en"]),
    ("kk", "в) Қазақстанның Ұлттық орталығынан Құрама Штаттардың Ұлттық орталығына тікелей хабарлар орыс тілінде және "
           "Құрама Штаттардың Ұлттық орталығынан Қазақстанның Ұлттық орталығына ағылшын тілінде беріледі;",
     ["ru", "en"]),
    # zX-8271 (Tajikistan, customs), Art. 12
    ("ru", "Переписка между Сторонами будет осуществляться на русском языке.", ["ru"]),
    ("kk", "Тараптар арасындағы хат-хабар алмасу орыс тілінде жүргізіледі.", ["ru"]),
    ("ru", "Таможенные документы составляются на языке, предусмотренном национальным законодательством государства "
           "отправления, а также при необходимости на русском и английском языках.", ["ru", "en"]),
    ("kk", "Кедендік құжаттар жөнелтетін мемлекеттің ұлттық заңдарында көзделген тілде, сондай-ақ қажет болған "
           "жағдайда орыс және ағылшын тілдерінде жасалады.", ["ru", "en"]),
    # s1994-104067 (Mongolia, legal assistance), Art. 6
    ("kk", "1. Уағдаласушы Тараптардың компетентті органдары құқылық көмек көрсету ретінде жіберетін, мемлекеттік "
           "тілде жазылған құжаттары орыс тілінде аударылуға, компетентті адамның қолы қойылып, мөрмен "
           "куәландырылуға тиіс.", ["ru"]),
    # no working language: the languages of the originals, and of the text that prevails
    ("ru", "Совершено в городе Душанбе 13 июня 2000 года в двух экземплярах, каждый на казахском, таджикском и "
           "русском языках, причем все тексты имеют одинаковую силу.", []),
    ("ru", "При необходимости толкования положений настоящего Соглашения за основу принимается текст на русском "
           "языке.", []),
])
def test_a_working_language_stated_in_prose(language, paragraph, expected):
    assert _working(language, paragraph) == expected


def test_gold_prose_is_scored_by_the_languages_it_names():
    """zX-8271, s1994-104067: gold describes the working languages in words; what is checked is which languages
    they name ("the state languages of the Parties" names none); codes are read as codes."""
    assert named_languages("correspondence between the Parties in Russian; customs documents in the language of the "
                           "dispatching state and, if necessary, in Russian and English (Art. 12)") == ["ENG", "RUS"]
    assert named_languages("state languages of the Parties (Art. 5); documents sent as legal assistance translated "
                           "into Russian (Art. 6)") == ["RUS"]
    assert named_languages("ru") == ["RUS"] and named_languages(["kk", "ru"]) == ["KAZ", "RUS"]
