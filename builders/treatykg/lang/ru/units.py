"""The Russian units of a period, by ISO 8601 duration designator, by their lemmas: "шести месяцев", "пять лет",
"года", "две недели", "30 дней", "день". Their forms come from the dictionary (pymorphy3,
lang.morphology.russian_lexeme_pattern; the forms of "год" hold "лет"), as whole words: lang/numbers.py and the
clause patterns (lang/ru/clauses.py, through its marks) take them from there."""

PERIOD_UNIT_LEMMAS = {"M": "месяц", "Y": "год", "W": "неделя", "D": "день"}
