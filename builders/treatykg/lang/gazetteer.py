"""States and places as Kazakh and Russian texts name them, with the identifiers the graph links to.

Stems match every case form: Kazakh suffixes and Russian endings follow the stem. Codes are ISO 3166-1
alpha-3 (the EU country authority table); Wikidata ids only where they are certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from treatykg.lang.alphabet import has_kazakh_letters


@dataclass(frozen=True)
class StateEntry:
    code: str
    name_en: str
    wikidata: str | None
    patterns: tuple[str, ...]  # regex stems, Kazakh and Russian, nouns and adjectives

    @cached_property  # every name of every party, signer and cited treaty is looked up in every entry
    def regex(self) -> re.Pattern:
        return re.compile("(?:" + "|".join(self.patterns) + ")", re.I)


STATES = (
    StateEntry("KAZ", "Kazakhstan", "Q232", (r"Қазақстан", r"Казахстан", r"казахстанск")),
    StateEntry("BLR", "Belarus", "Q184", (r"Беларусь", r"Белоруссии", r"белорусск")),
    StateEntry("KGZ", "Kyrgyzstan", "Q813", (r"Қырғыз", r"Кыргыз", r"Киргиз", r"кыргызск")),
    StateEntry("HRV", "Croatia", "Q224", (r"Хорват",)),
    StateEntry("USA", "United States of America", "Q30",
               (r"Америка\s+Құрама\s+Штаттар", r"Соединенн\w*\s+Штат\w*\s+Америки", r"США\b", r"АҚШ\b", r"американск")),
    StateEntry("RUS", "Russian Federation", "Q159", (r"Ресей", r"Российск\w*\s+Федераци", r"России\b", r"российск")),
    StateEntry("UZB", "Uzbekistan", "Q265", (r"Өзбекстан", r"Узбекистан", r"узбекск")),
    StateEntry("TJK", "Tajikistan", "Q863", (r"Тәжікстан", r"Таджикистан", r"таджикск")),
    StateEntry("TKM", "Turkmenistan", "Q874", (r"Түрікменстан", r"Туркменистан", r"туркменск")),
    StateEntry("MNG", "Mongolia", "Q711", (r"Моңғолия", r"Монголи", r"монгольск")),
    StateEntry("CHN", "China", "Q148", (r"Қытай", r"Китайск\w*\s+Народн", r"китайск")),
    StateEntry("TUR", "Türkiye", "Q43", (r"Түркия", r"Турецк", r"Турци")),
    StateEntry("AZE", "Azerbaijan", "Q227", (r"Әзірбайжан", r"Әзербайжан", r"Азербайджан")),
    StateEntry("ARM", "Armenia", "Q399", (r"Армения", r"Армени", r"армянск")),
    StateEntry("GEO", "Georgia", "Q230", (r"Грузия", r"Грузи")),
    StateEntry("UKR", "Ukraine", "Q212", (r"Украина", r"Украин")),
    StateEntry("MDA", "Moldova", "Q217", (r"Молдова", r"Молдов", r"молдавск")),
    StateEntry("IRN", "Iran", "Q794", (r"Иран",)),
    StateEntry("IND", "India", "Q668", (r"Үндістан", r"Инди[яи]", r"индийск")),
    StateEntry("PAK", "Pakistan", "Q843", (r"Пәкістан", r"Пакистан")),
    StateEntry("KOR", "Republic of Korea", "Q884", (r"Корея\s+Республикас", r"Республик\w*\s+Корея", r"корейск")),
    StateEntry("JPN", "Japan", "Q17", (r"Жапония", r"Япони", r"японск")),
    StateEntry("DEU", "Germany", "Q183", (r"Германия", r"Германи", r"германск", r"немецк")),
    StateEntry("FRA", "France", "Q142", (r"Франция", r"Франци", r"французск")),
    StateEntry("GBR", "United Kingdom", "Q145",
               (r"Ұлыбритания", r"Великобритани", r"Соединенн\w*\s+Королевств", r"британск")),
    StateEntry("ITA", "Italy", "Q38", (r"Италия", r"Итали", r"итальянск")),
    StateEntry("POL", "Poland", "Q36", (r"Польша", r"Польш", r"польск")),
    StateEntry("LVA", "Latvia", "Q211", (r"Латвия", r"Латви")),
    StateEntry("LTU", "Lithuania", "Q37", (r"Литва", r"Литв", r"литовск")),
    StateEntry("EST", "Estonia", "Q191", (r"Эстония", r"Эстони", r"эстонск")),
    StateEntry("AFG", "Afghanistan", "Q889", (r"Ауғанстан", r"Афганистан", r"афганск")),
    StateEntry("SUN", "Union of Soviet Socialist Republics", "Q15180",
               (r"Кеңестік\s+Социалистік\s+Республикалар\s+Одағ",
                r"Союз\w*\s+Советск\w*\s+Социалистическ\w*\s+Республик", r"КСРО", r"СССР")),
)

BY_CODE = {entry.code: entry for entry in STATES}


@dataclass(frozen=True)
class StateMention:
    """A state named in a text: its entry, and where and how the text names it."""

    entry: StateEntry
    start: int
    as_written: str


def state_mentions(text: str) -> list[StateMention]:
    """Every state named in ``text``, the earliest first (one mention per state)."""
    hits = []
    for entry in STATES:
        match = entry.regex.search(text)
        if match:
            hits.append(StateMention(entry, match.start(), match.group()))
    return sorted(hits, key=lambda h: h.start)


@dataclass(frozen=True)
class PlaceEntry:
    name_en: str
    wikidata: str | None
    patterns: tuple[str, ...]


PLACES = (
    PlaceEntry("Minsk", "Q2280", (r"Минск",)),
    PlaceEntry("Astana", "Q1520", (r"Астана", r"Астане")),
    PlaceEntry("Nur-Sultan", "Q1520", (r"Нұр-Сұлтан", r"Нұр-Сүлтан", r"Нур-Султан")),
    PlaceEntry("Almaty", "Q35493", (r"Алматы", r"Алма-Ат")),
    PlaceEntry("Bishkek", "Q9361", (r"Бішкек", r"Бишкек")),
    PlaceEntry("Tashkent", "Q269", (r"Ташкент",)),
    PlaceEntry("Moscow", "Q649", (r"Мәскеу", r"Москв")),
    PlaceEntry("Washington", "Q61", (r"Вашингтон",)),
    PlaceEntry("Ulaanbaatar", "Q23430", (r"Улан-Батор", r"Ұлан-Батор")),
    PlaceEntry("Beijing", "Q956", (r"Бейжің", r"Пекин")),
    PlaceEntry("Dushanbe", "Q9365", (r"Душанбе",)),
    PlaceEntry("Ashgabat", "Q23438", (r"Ашхабад", r"Ашғабат")),
    PlaceEntry("Baku", "Q9248", (r"Баку",)),
    PlaceEntry("Kyiv", "Q1899", (r"Киев", r"Киев")),
    PlaceEntry("Zagreb", "Q1435", (r"Загреб",)),
)

_KK_LOCATIVE = re.compile(r"(?:дағы|дегі|тағы|тегі|нда|нде|да|де|та|те)$")


def normalise_place(as_written: str) -> tuple[str, str | None]:
    """(name, wikidata id) for a place as written in any case form; unknown places keep their stem."""
    for entry in PLACES:
        if any(re.match(p, as_written, re.I) for p in entry.patterns):
            return entry.name_en, entry.wikidata
    stem = _KK_LOCATIVE.sub("", as_written) if has_kazakh_letters(as_written) else as_written
    return stem, None
