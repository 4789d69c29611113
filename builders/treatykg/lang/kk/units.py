"""The Kazakh units of a period, by ISO 8601 duration designator: "6 ай", "бес жыл", "екі апта", "30 күн"."""

PERIOD_UNITS = {"M": r"ай", "Y": r"жыл", "W": r"апта", "D": r"күн"}
