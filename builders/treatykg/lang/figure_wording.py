"""The words of the exploration figures (explore/networks.py, explore/timeline.py) in Kazakh and Russian, so that
a figure drawn in one language reads in that language throughout; the English words are the keys.

Each table is ``{language: {english: word}}``, with the languages of ``lang.wording.LANGUAGES``.
"""

from __future__ import annotations

# What an edge of a projection says of its two nodes (explore.networks.PROJECTIONS' ?relation).
RELATION_WORDS = {
    "kk": {
        "party": "қатысушы",
        "acts for": "атынан әрекет етеді",
        "designates": "тағайындайды",
        "cites": "сілтеме жасайды",
        "broader": "кеңірек ұғым",
        "uses": "пайдаланады",
        "uses term": "терминді пайдаланады",
        "Obligation": "міндет",
        "Permission": "рұқсат",
        "Prohibition": "тыйым",
        "Right": "құқық",
    },
    "ru": {
        "party": "участник",
        "acts for": "действует от имени",
        "designates": "назначает",
        "cites": "ссылается на",
        "broader": "более широкое понятие",
        "uses": "использует",
        "uses term": "использует термин",
        "Obligation": "обязанность",
        "Permission": "дозволение",
        "Prohibition": "запрет",
        "Right": "право",
    },
}

# The events of a treaty's timeline (explore.timeline), and what is said of an event known by its year only or
# by no date at all.
EVENT_WORDS = {
    "kk": {
        "draft approved": "жобасы мақұлданды",
        "signing authorised": "қол қоюға өкілеттік берілді",
        "signed": "қол қойылды",
        "approved": "бекітілді",
        "ratified": "ратификацияланды",
        "in force": "күшіне енді",
        "enters into force": "күшіне енеді",
        "year only": "тек жылы белгілі",
        "no date": "күні белгісіз",
        "on a condition": "шарт орындалғанда",
    },
    "ru": {
        "draft approved": "проект одобрен",
        "signing authorised": "предоставлены полномочия на подписание",
        "signed": "подписан",
        "approved": "утверждён",
        "ratified": "ратифицирован",
        "in force": "вступил в силу",
        "enters into force": "вступает в силу",
        "year only": "известен только год",
        "no date": "дата неизвестна",
        "on a condition": "при выполнении условия",
    },
}
