"""Cities where treaties are signed, with their names in the nominative in Kazakh and Russian, other spellings the
texts use, and their Wikidata items where certain (CLDR has no cities: this table is curated).

A known place gets an English label and a Wikidata link in the graph; its IRI is made from its English name, so it
stays the same whatever language or case form the text names it in. Astana under its names of 2019-2022
(Nur-Sultan) and of 1992-1998 (Akmola) is a place of its own, as the treaty names it, with Astana's Wikidata item.
"""

from __future__ import annotations

from treatykg.lang.kk import places as kk
from treatykg.lang.ru import places as ru

# (English name, Wikidata item or None, Kazakh nominative, Russian nominative, other spellings in either language)
# Each city by its English name, with its Wikidata item or None; its names are in lang/kk/places.py and
# lang/ru/places.py.
CITY_IDS: tuple[tuple[str, str | None], ...] = (
    # Kazakhstan
    ("Astana", "Q1520"),
    ("Nur-Sultan", "Q1520"),
    ("Akmola", "Q1520"),
    ("Almaty", "Q35493"),
    ("Uralsk", None),
    ("Shymkent", None),
    ("Karaganda", None),
    ("Aktau", None),
    ("Atyrau", None),
    ("Aktobe", None),
    ("Pavlodar", None),
    ("Oskemen", None),
    ("Semey", None),
    ("Turkistan", None),
    ("Baikonur", None),
    # neighbours and partners: capitals first
    ("Minsk", "Q2280"),
    ("Bishkek", "Q9361"),
    ("Tashkent", "Q269"),
    ("Dushanbe", "Q9365"),
    ("Ashgabat", "Q23438"),
    ("Moscow", "Q649"),
    ("Saint Petersburg", "Q656"),
    ("Astrakhan", None),
    ("Baku", "Q9248"),
    ("Tbilisi", "Q994"),
    ("Yerevan", "Q1953"),
    ("Kyiv", "Q1899"),
    ("Chisinau", "Q21197"),
    ("Ulaanbaatar", "Q23430"),
    ("Beijing", "Q956"),
    ("Ankara", "Q3640"),
    ("Istanbul", "Q406"),
    ("Izmir", "Q35997"),
    ("Tehran", "Q3616"),
    ("Kabul", "Q5838"),
    ("Islamabad", "Q1362"),
    ("New Delhi", "Q987"),
    ("Seoul", "Q8684"),
    ("Tokyo", "Q1490"),
    ("Kuala Lumpur", "Q1865"),
    ("Jakarta", "Q3630"),
    ("Bangkok", "Q1861"),
    ("Hanoi", "Q1858"),
    ("Abu Dhabi", "Q1492"),
    ("Riyadh", "Q3692"),
    ("Doha", "Q3861"),
    ("Cairo", "Q85"),
    ("Gaza", None),
    ("Havana", "Q1563"),
    ("Washington", "Q61"),
    ("New York", "Q60"),
    ("Ottawa", "Q1930"),
    ("London", "Q84"),
    ("Paris", "Q90"),
    ("Berlin", "Q64"),
    ("Rome", "Q220"),
    ("Madrid", "Q2807"),
    ("Lisbon", "Q597"),
    ("Vienna", "Q1741"),
    ("Bern", "Q70"),
    ("Geneva", "Q71"),
    ("Brussels", "Q239"),
    ("Amsterdam", "Q727"),
    ("The Hague", "Q36600"),
    ("Stockholm", "Q1754"),
    ("Oslo", "Q585"),
    ("Helsinki", "Q1757"),
    ("Copenhagen", "Q1748"),
    ("Dublin", "Q1761"),
    ("Warsaw", "Q270"),
    ("Prague", "Q1085"),
    ("Bratislava", "Q1780"),
    ("Budapest", "Q1781"),
    ("Bucharest", "Q19660"),
    ("Sofia", "Q472"),
    ("Belgrade", "Q3711"),
    ("Zagreb", "Q1435"),
    ("Ljubljana", "Q437"),
    ("Athens", "Q1524"),
    ("Riga", "Q1773"),
    ("Vilnius", "Q216"),
    ("Tallinn", "Q1770"),
)
# (English name, Wikidata item or None, Kazakh nominative, Russian nominative, other spellings in either language)
CITIES: tuple[tuple[str, str | None, str, str, tuple[str, ...]], ...] = tuple(
    (name_en, wikidata, kk.CITIES[name_en][0], ru.CITIES[name_en][0], kk.CITIES[name_en][1] + ru.CITIES[name_en][1])
    for name_en, wikidata in CITY_IDS)

# The state each city is in (ISO 3166-1 alpha-3), by its English name: a body named after its city (a bank "in
# Warsaw") is that state's body.
CITY_STATES: dict[str, str] = {
    **dict.fromkeys(("Astana", "Nur-Sultan", "Akmola", "Almaty", "Uralsk", "Shymkent", "Karaganda", "Aktau", "Atyrau",
                     "Aktobe", "Pavlodar", "Oskemen", "Semey", "Turkistan", "Baikonur"), "KAZ"),
    "Minsk": "BLR", "Bishkek": "KGZ", "Tashkent": "UZB", "Dushanbe": "TJK", "Ashgabat": "TKM", "Moscow": "RUS",
    "Saint Petersburg": "RUS", "Astrakhan": "RUS", "Baku": "AZE", "Tbilisi": "GEO", "Yerevan": "ARM", "Kyiv": "UKR",
    "Chisinau": "MDA", "Ulaanbaatar": "MNG", "Beijing": "CHN", "Ankara": "TUR", "Istanbul": "TUR", "Izmir": "TUR",
    "Tehran": "IRN", "Kabul": "AFG", "Islamabad": "PAK", "New Delhi": "IND", "Seoul": "KOR", "Tokyo": "JPN",
    "Kuala Lumpur": "MYS", "Jakarta": "IDN", "Bangkok": "THA", "Hanoi": "VNM", "Abu Dhabi": "ARE", "Riyadh": "SAU",
    "Doha": "QAT", "Cairo": "EGY", "Havana": "CUB", "Washington": "USA", "New York": "USA", "Ottawa": "CAN",
    "London": "GBR", "Paris": "FRA", "Berlin": "DEU", "Rome": "ITA", "Madrid": "ESP", "Lisbon": "PRT",
    "Vienna": "AUT", "Bern": "CHE", "Geneva": "CHE", "Brussels": "BEL", "Amsterdam": "NLD", "The Hague": "NLD",
    "Stockholm": "SWE", "Oslo": "NOR", "Helsinki": "FIN", "Copenhagen": "DNK", "Dublin": "IRL", "Warsaw": "POL",
    "Prague": "CZE", "Bratislava": "SVK", "Budapest": "HUN", "Bucharest": "ROU", "Sofia": "BGR", "Belgrade": "SRB",
    "Zagreb": "HRV", "Ljubljana": "SVN", "Athens": "GRC", "Riga": "LVA", "Vilnius": "LTU", "Tallinn": "EST",
}
