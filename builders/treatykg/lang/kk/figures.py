"""The Kazakh words of the exploration figures (explore/networks.py, explore/timeline.py), keyed by their English
words, so that a figure drawn in Kazakh reads in Kazakh throughout."""

# What an edge of a projection says of its two nodes (explore.networks.PROJECTIONS' ?relation).
RELATION_WORDS = {
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
}

# The events of a treaty's timeline (explore.timeline), and what is said of an event known by its year only or
# by no date at all.
EVENT_WORDS = {
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
}
