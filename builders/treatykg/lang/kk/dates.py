"""Kazakh dates: the months, and the words that follow a year ("2011 жылғы 26 шілдедегі", "2000 жылдың 8
шілдесінде", "2019 жылғы "25" қазанда", "1993 ж.")."""

from __future__ import annotations

MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
# The months as one pattern, the longest first (so that a longer name is not cut short).
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# The year's word after the figures: "жылғы", "жылдың", "жылы", "ж." (the "ж" first, the ending optional).
YEAR_WORD = r"ж(?:ылғы|ылдың|ылы|\.)?"
# Every Kazakh date has its year (digits, or a blank ending in _) just before "ж".
YEAR_CUE = r"[\d_]\s*ж"
# The letters of a month's case ending ("шілдедегі", "қазанда").
ENDING_LETTERS = "а-яәғқңөұүһі"
