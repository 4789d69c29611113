"""How treaties cite other treaties (with what they claim about them: title, parties, date, place), and the
generic references to national legislation and other treaties.

A citation is found by its frame: the head noun of a treaty's title (agreement, treaty, convention, protocol,
declaration, memorandum) bound to a date by the way the languages write it (Russian: the title, then "of" and the
date, or "signed in" a place and a date, or the date in figures in brackets; Kazakh: the date as an adjective before
the title, or the date and place of signing before the title). The Charter of the United Nations and the General
Agreement on Tariffs and Trade are cited by their names, without a date. The forms are in lang/kk/citations.py and
lang/ru/citations.py (``CitationForm``: lang/citation_form.py).
"""

from __future__ import annotations

import re

from treatykg.lang.citation_form import CitationForm
from treatykg.lang.kk import citations as kk
from treatykg.lang.ru import citations as ru

__all__ = ["BETWEEN_NAMES", "CITATIONS", "GENERIC", "HEAD_KINDS", "KK_TITLE_WORDS", "RU_JOINED", "RU_TITLE_HEAD",
           "SELF_REFERENCE", "TITLE_PARTIES", "TWO_DAYS", "YEAR", "CitationForm"]


def _either(kk_wording: str, ru_wording: str) -> str:
    """Russian then Kazakh alternatives, a word both languages spell alike given once."""
    return ru_wording if ru_wording == kk_wording else f"{ru_wording}|{kk_wording}"


# The words that make a Kazakh title ("… about", "… between", "… in the field of").
KK_TITLE_WORDS = kk.TITLE_WORDS
# The first of two days of one month that a date joins: the treaties cited are two, one of each day.
TWO_DAYS = re.compile(rf"(?<!\d)(?P<first>\d{{1,2}})\s+(?:{ru.AND}|{kk.AND})\s+(?=\d{{1,2}}\s)")
# A Russian title found from its head noun restarts at a later head noun that follows a date or that a comma or
# "and" joins; a head noun that depends on a word stays inside.
RU_TITLE_HEAD = ru.TITLE_HEAD
RU_JOINED = ru.JOINED
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# The citing text names the treaty itself, not another.
SELF_REFERENCE = re.compile(rf"(?<!\w)(?:{ru.SELF_WORDS}|{kk.SELF_WORDS})\s*$", re.I)

# The Charter of the United Nations, cited without a date.
UN_CHARTER = CitationForm(re.compile(rf"(?P<title>{kk.UN_CHARTER}|{ru.UN_CHARTER})", re.I))
# The General Agreement on Tariffs and Trade, cited by its name without a date, alone or paired with the World Trade
# Organization (the WTO named alone is an organisation, not a treaty).
GATT = CitationForm(re.compile(rf"(?P<title>{kk.GATT}|{ru.GATT})", re.I),
                    cue=re.compile(_either(kk.GATT_CUE, ru.GATT_CUE), re.I))

# Every form, in the order they are tried.
CITATIONS = (kk.CITED, kk.CITED_DATED_HEAD, kk.CITED_DATE_FIRST, kk.CITED_DATE_IN_BRACKETS,
             ru.CITED_AFTER, ru.CITED_FROM, ru.CITED_IN_FIGURES, UN_CHARTER, GATT, ru.TO_CONCLUDE, kk.TO_CONCLUDE,
             ru.MEETING_PROTOCOL, kk.MEETING_PROTOCOL, ru.ARTICLE_OF_BARE_HEAD, kk.ARTICLE_OF_BARE_HEAD)

# The kinds of treaty a head noun names, to tell whether a bare head noun may be the citing treaty or one it has
# already cited.
HEAD_KINDS = {kind: re.compile(_either(kk.HEAD_KINDS[kind], ru.HEAD_KINDS[kind]), re.I) for kind in ru.HEAD_KINDS}

# (label, pattern, cue): every match of the pattern holds its cue, which is searched first because it is faster
GENERIC = tuple((label, re.compile(f"{kk.GENERIC[label][0]}|{ru.GENERIC[label][0]}", re.I),
                 re.compile(f"{kk.GENERIC[label][1]}|{ru.GENERIC[label][1]}", re.I)) for label in kk.GENERIC)
# The parties a cited treaty's title names.
TITLE_PARTIES = (kk.TITLE_PARTIES, ru.TITLE_PARTIES)
BETWEEN_NAMES = re.compile(rf"\s+(?:{kk.NAME_JOINERS}|{ru.NAME_JOINERS})\s+")
