"""The Russian units of a period, by ISO 8601 duration designator, as stems or word forms: "шести месяцев", "пять
лет", "года", "две недели", "30 дней", "день"."""

PERIOD_UNITS = {"M": r"месяц", "Y": r"лет|год", "W": r"недел", "D": r"дн|дней|день"}
