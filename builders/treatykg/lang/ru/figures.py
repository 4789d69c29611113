"""The Russian words of the exploration figures (explore/networks.py, explore/timeline.py), keyed by their English
words, so that a figure drawn in Russian reads in Russian throughout."""

# What an edge of a projection says of its two nodes (explore.networks.PROJECTIONS' ?relation).
RELATION_WORDS = {
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
}

# The events of a treaty's timeline (explore.timeline), and what is said of an event known by its year only or
# by no date at all.
EVENT_WORDS = {
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
}
