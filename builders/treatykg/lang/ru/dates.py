"""Russian dates: the months in the genitive, and the words that follow a year ("26 июля 2011 года", "17 января
1996 г.")."""

from __future__ import annotations

# The genitive forms, written out so that "мая" does not match every word starting "ма".
MONTH_FORMS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
MONTH_RE = "|".join(MONTH_FORMS)
# The year's word after the figures: "года", "г.".
YEAR_WORD = r"(?:года|г\.)"
# Every Russian date ends in "года" or "г.".
YEAR_CUES = ("года", "г.")
