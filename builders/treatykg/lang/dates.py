"""Dates as written in Kazakh and Russian, to ISO 8601. Blanks stay unknown: a partial date keeps its year. The
months and the year's words are in lang/kk/dates.py and lang/ru/dates.py."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from treatykg.lang.kk import dates as kk
from treatykg.lang.ru import dates as ru

MONTHS_KK = kk.MONTHS
MONTH_FORMS_RU = ru.MONTH_FORMS
KK_MONTH_RE = kk.MONTH_RE
RU_MONTH_RE = ru.MONTH_RE


@dataclass(frozen=True)
class TextDate:
    """A date as stated. Missing parts are None; ``complete`` says whether day, month and year are all known."""

    text: str
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None

    @property
    def impossible(self) -> bool:
        """A date no calendar has ("31 February", year 0000): what it stands for is unknown, so it has no value."""
        if self.year == 0:
            return True
        if self.year is None or self.month is None or self.day is None:
            return False
        try:
            datetime.date(self.year, self.month, self.day)
        except ValueError:
            return True
        return False

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day) and not self.impossible

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD`` when complete, ``YYYY`` when only the year is known (xsd:gYear), else None (a blank, or
        an impossible date)."""
        if self.impossible:
            return None
        if self.complete:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.year is not None and self.month is None and self.day is None:
            return f"{self.year:04d}"
        return None


_BLANK = r"[_\s\"«»“”]*_[_\s\"«»“”]*"
# a day, perhaps in quotes, with a space inside them ("«14 »")
_DAY = r"[\"«“]?(?:(?<=[\"«“])\s)?(?P<day>\d{1,2})(?:\s(?=[\"»”]))?[\"»”]?"
_YEAR = r"(?P<year>\d{4}|\d{2,3}_+)"

# Kazakh: the year, its word, then the day (perhaps in quotes) and the month with its case ending, or a blank.
_KK = re.compile(
    rf"{_YEAR}\s*{kk.YEAR_WORD}\s*(?:(?:{_DAY}\s*(?P<month>{KK_MONTH_RE})[{kk.ENDING_LETTERS}]*)|(?P<blank>{_BLANK}))?",
)
# Russian: the day (perhaps in quotes) and the month, or a blank, then the year and its word.
_RU = re.compile(
    rf"(?:{_DAY}\s*(?P<month>{RU_MONTH_RE})|(?P<blank>[\"«“]?_+[\"»”]?\s*_+))\s*{_YEAR}\s*{ru.YEAR_WORD}",
)
# Every Kazakh date has its year just before the year's word, and every Russian date ends in the year's word: texts
# without them, most of those searched, are not scanned with the slower patterns.
_KK_CUE = re.compile(kk.YEAR_CUE)
_RU_CUES = ru.YEAR_CUES
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


def _year(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) == 4 else None


def find_dates(text: str) -> list[TextDate]:
    """Every date stated in ``text``, in order, Kazakh and Russian forms."""
    found: list[TextDate] = []
    for match in _KK.finditer(text) if _KK_CUE.search(text) else ():
        month_word = match.group("month")
        found.append(TextDate(
            match.group(0).rstrip(), match.start(), match.start() + len(match.group(0).rstrip()),
            _year(match.group("year")),
            MONTHS_KK[month_word] if month_word else None,
            int(match.group("day")) if match.group("day") else None,
        ))
    for match in _RU.finditer(text) if any(cue in text for cue in _RU_CUES) else ():
        if any(d.start <= match.start() < d.end for d in found):
            continue
        month_word = match.group("month")
        found.append(TextDate(
            match.group(0), match.start(), match.end(), _year(match.group("year")),
            MONTH_FORMS_RU[month_word] if month_word else None,
            int(match.group("day")) if match.group("day") else None,
        ))
    found.sort(key=lambda d: d.start)
    return [d for d in found if _plausible(d)]


def _plausible(date: TextDate) -> bool:
    if date.month is not None and date.day is not None and not 1 <= date.day <= 31:
        return False
    return date.year is not None or date.month is not None or "_" in date.text


def first_date(text: str) -> TextDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


# "10.01.1985", "(10.01.94)": a date written in figures, read only where a rule has found a date in its place (a
# treaty cited with its date in brackets); elsewhere figures with dots are article numbers, sums or versions.
_NUMERIC = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})")
# A year of two figures is of the 20th century from 50 on and of the 21st below: the treaties cited are of
# 1950-2049.
_CENTURY_PIVOT = 50


def numeric_date(text: str) -> TextDate | None:
    """The date ``text`` writes in figures (dd.mm.yyyy or dd.mm.yy), as a whole; None if it is not a real date."""
    match = _NUMERIC.fullmatch(text.strip())
    if not match:
        return None
    day, month, year = (int(match.group(g)) for g in ("day", "month", "year"))
    if len(match.group("year")) == 2:
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    date = TextDate(text.strip(), 0, len(text.strip()), year, month, day)
    return None if not 1 <= month <= 12 or date.impossible else date
