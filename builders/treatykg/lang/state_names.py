"""What the treaties call states that the CLDR country names (lang/gazetteer.py) lack: official long forms, old
names, abbreviations, Kazakh spellings, the adjectives of side designations, and the Wikidata ids and English names
the graph gives states. Keys are ISO 3166-1 alpha-3 codes ("SUN", the USSR, as ISO 3166-3 keeps it). The names
and words are in lang/kk/states.py and lang/ru/states.py."""

from __future__ import annotations

from treatykg.lang.kk import states as kk
from treatykg.lang.ru import states as ru

# Names beside CLDR's, by language. Russian names are inflected word by word (a word that can be a nominative takes
# its case forms), Kazakh ones take any ending on their last word.
EXTRA_NAMES: dict[str, dict[str, tuple[str, ...]]] = {"ru": ru.EXTRA_NAMES, "kk": kk.EXTRA_NAMES}

# CLDR names that are also ordinary words of the language: only the longer names name them.
NOT_NAMES_ALONE = {"ru": ru.NOT_NAMES_ALONE, "kk": kk.NOT_NAMES_ALONE}

# The adjective of a state, as side designations and official names use it. Russian: the dictionary form, every form
# of which is found; Kazakh: the attributive word. Kazakh adjectives in -lyq/-lik ... are made from the names
# themselves (lang/names.py).
ADJECTIVES: dict[str, dict[str, tuple[str, ...]]] = {"ru": ru.ADJECTIVES, "kk": kk.ADJECTIVES}

# Nouns of statehood: after them an adjective names a state. Russian words are inflected; Kazakh stems take any
# ending.
STATEHOOD_NOUNS: dict[str, tuple[str, ...]] = {"ru": ru.STATEHOOD_NOUNS, "kk": kk.STATEHOOD_NOUNS}

# Words between coordinated adjectives of states.
COORDINATORS: dict[str, tuple[str, ...]] = {"ru": ru.COORDINATORS, "kk": kk.COORDINATORS}

# English names the graph gives states, where they differ from pycountry's common name.
NAMES_EN: dict[str, str] = {
    "KOR": "Republic of Korea", "PRK": "Democratic People's Republic of Korea", "USA": "United States of America",
    "IRN": "Iran", "TUR": "Türkiye", "RUS": "Russian Federation", "KGZ": "Kyrgyzstan", "MDA": "Moldova",
    "GBR": "United Kingdom", "PSE": "State of Palestine", "SUN": "Union of Soviet Socialist Republics",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "VAT": "Holy See",
}

# Wikidata items of states, only where they are certain.
WIKIDATA: dict[str, str] = {
    "KAZ": "Q232", "BLR": "Q184", "KGZ": "Q813", "HRV": "Q224", "USA": "Q30", "RUS": "Q159", "UZB": "Q265",
    "TJK": "Q863", "TKM": "Q874", "MNG": "Q711", "CHN": "Q148", "TUR": "Q43", "AZE": "Q227", "ARM": "Q399",
    "GEO": "Q230", "UKR": "Q212", "MDA": "Q217", "IRN": "Q794", "IND": "Q668", "PAK": "Q843", "KOR": "Q884",
    "JPN": "Q17", "DEU": "Q183", "FRA": "Q142", "GBR": "Q145", "ITA": "Q38", "POL": "Q36", "LVA": "Q211",
    "LTU": "Q37", "EST": "Q191", "AFG": "Q889", "SUN": "Q15180",
    "CUB": "Q241", "SVN": "Q215", "IDN": "Q252", "MYS": "Q833", "ARE": "Q878", "PSE": "Q219060", "ESP": "Q29",
    "PRT": "Q45", "NLD": "Q55", "BEL": "Q31", "AUT": "Q40", "CHE": "Q39", "SWE": "Q34", "NOR": "Q20",
    "FIN": "Q33", "DNK": "Q35", "ISL": "Q189", "IRL": "Q27", "GRC": "Q41", "CZE": "Q213", "SVK": "Q214",
    "HUN": "Q28", "ROU": "Q218", "BGR": "Q219", "SRB": "Q403", "MNE": "Q236", "BIH": "Q225", "MKD": "Q221",
    "ALB": "Q222", "CYP": "Q229", "MLT": "Q233", "LUX": "Q32", "ISR": "Q801", "EGY": "Q79", "SAU": "Q851",
    "QAT": "Q846", "KWT": "Q817", "BHR": "Q398", "OMN": "Q842", "JOR": "Q810", "SYR": "Q858", "IRQ": "Q796",
    "LBN": "Q822", "YEM": "Q805", "VNM": "Q881", "THA": "Q869", "PHL": "Q928", "SGP": "Q334", "BRA": "Q155",
    "ARG": "Q414", "MEX": "Q96", "CAN": "Q16", "AUS": "Q408", "NZL": "Q664", "ZAF": "Q258", "PRK": "Q423",
    "BGD": "Q902", "LKA": "Q854", "NPL": "Q837", "MMR": "Q836", "KHM": "Q424", "LAO": "Q819", "BRN": "Q921",
    "DZA": "Q262", "MAR": "Q1028", "TUN": "Q948", "LBY": "Q1016", "NGA": "Q1033", "KEN": "Q114", "ETH": "Q115",
    "CHL": "Q298", "PER": "Q419", "COL": "Q739", "VEN": "Q717",
}

# States that are no longer, with the code ISO 3166-3 gives them (the EU country table has none for them).
HISTORICAL = {"SUN"}
