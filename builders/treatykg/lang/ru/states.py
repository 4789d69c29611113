"""What Russian texts call states beyond the CLDR country names (lang/state_names.py puts the languages
together): other names, the adjectives of side designations, nouns of statehood, coordinators. Keys are ISO 3166-1
alpha-3 codes."""

from __future__ import annotations

# Names beside CLDR's, by language. Russian names are inflected word by word (a word that can be a nominative takes
# its case forms), Kazakh ones take any ending on their last word.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "KGZ": ("Кыргызстан", "Кыргызская Республика", "Киргизская Республика"),
    "TKM": ("Туркмения",),
    "BLR": ("Белоруссия", "Республика Белоруссия"),
    "MDA": ("Молдавия",),
    "USA": ("США", "Соединенные Штаты Америки"),
    "ARE": ("Объединенные Арабские Эмираты",),
    "GBR": ("Соединенное Королевство", "Соединенное Королевство Великобритании и Северной Ирландии"),
    "PSE": ("Палестина", "Государство Палестина"),
    "KOR": ("Южная Корея",),
    "PRK": ("Корейская Народно-Демократическая Республика", "Северная Корея"),
    "CHN": ("КНР",),
    "COD": ("Демократическая Республика Конго",),
    "COG": ("Республика Конго",),
    "TGO": ("Республика Того", "Тоголезская Республика"),
    "VAT": ("Святой Престол",),
    "MKD": ("Македония",),
    "SWZ": ("Свазиленд",),
    "CZE": ("Чешская Республика",),
    "NLD": ("Королевство Нидерландов",),
    "SUN": ("СССР", "Союз Советских Социалистических Республик", "Советский Союз"),
}
# CLDR names that are also ordinary words of the language ("того": of that): only the longer names above name them.
NOT_NAMES_ALONE = frozenset({"Того"})
# The adjective of a state, as side designations ("с турецкой стороны", "Казахстанская Сторона") and official names
# ("Турецкая Республика", "Российская Федерация", "Китайская Народная Республика") use it. Russian: the dictionary
# form, every form of which is found; Kazakh: the attributive word. Kazakh adjectives of a name are made
# from the names themselves (lang/names.py).
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "KAZ": ("казахстанский",), "BLR": ("белорусский",), "KGZ": ("кыргызский", "киргизский"),
    "USA": ("американский",), "RUS": ("российский",), "UZB": ("узбекский", "узбекистанский"),
    "TJK": ("таджикский", "таджикистанский"), "TKM": ("туркменский", "туркменистанский"),
    "MNG": ("монгольский",), "CHN": ("китайский",), "TUR": ("турецкий",), "AZE": ("азербайджанский",),
    "ARM": ("армянский",), "GEO": ("грузинский",), "UKR": ("украинский",), "MDA": ("молдавский", "молдовский"),
    "IRN": ("иранский",), "IND": ("индийский",), "PAK": ("пакистанский",), "KOR": ("корейский",),
    "JPN": ("японский",), "DEU": ("германский", "немецкий"), "FRA": ("французский",), "GBR": ("британский",),
    "ITA": ("итальянский",), "POL": ("польский",), "LVA": ("латвийский",), "LTU": ("литовский",),
    "EST": ("эстонский",), "AFG": ("афганский",), "HRV": ("хорватский",), "CUB": ("кубинский",),
    "PSE": ("палестинский",), "SVN": ("словенский",), "SVK": ("словацкий",), "CZE": ("чешский",),
    "IDN": ("индонезийский",), "MYS": ("малайзийский",), "HUN": ("венгерский",), "ROU": ("румынский",),
    "BGR": ("болгарский",), "SRB": ("сербский",), "GRC": ("греческий",), "ESP": ("испанский",),
    "PRT": ("португальский",), "NLD": ("нидерландский",), "BEL": ("бельгийский",), "AUT": ("австрийский",),
    "CHE": ("швейцарский",), "SWE": ("шведский",), "NOR": ("норвежский",), "FIN": ("финляндский", "финский"),
    "DNK": ("датский",), "ISR": ("израильский",), "EGY": ("египетский",), "VNM": ("вьетнамский",),
    "THA": ("таиландский",), "CAN": ("канадский",), "AUS": ("австралийский",), "BRA": ("бразильский",),
    "ARG": ("аргентинский",), "MEX": ("мексиканский",), "QAT": ("катарский",), "KWT": ("кувейтский",),
    "OMN": ("оманский",), "JOR": ("иорданский",), "SYR": ("сирийский",), "IRQ": ("иракский",),
    "LBN": ("ливанский",), "ALB": ("албанский",), "MNE": ("черногорский",), "CYP": ("кипрский",),
    "IRL": ("ирландский",), "ISL": ("исландский",), "SAU": ("саудовский",), "DZA": ("алжирский",),
    "PHL": ("филиппинский",), "SGP": ("сингапурский",), "ZAF": ("южноафриканский",),
}
# Nouns of statehood: after them an adjective names a state ("Турецкой Республики", "с турецкой стороны"). Russian
# words are inflected; Kazakh stems take any ending.
STATEHOOD_NOUNS: tuple[str, ...] = (
    "сторона", "республика", "федерация", "королевство", "государство", "правительство", "союз", "конфедерация",
    "княжество", "султанат", "народный", "народно"
)
# Words between coordinated adjectives of states ("Казахстанская и Российская Стороны").
COORDINATORS: tuple[str, ...] = ("и", "или")
# CLDR abbreviates "острова" and "остров" ("Соломоновы о-ва"), "Святой" ("Св. Елена"), and adds a note in
# parentheses ("Гонконг (САР)"): (abbreviation, written out).
CLDR_ABBREVIATIONS = ((r"\bо-ва\b", "острова"), (r"\bо-в\b", "остров"), (r"\bСв\.\s*", "Святой "),
                      (r"\s*\([^)]*\)", ""))
# The endings of an adjective among the nouns of statehood ("народный"): its forms are an adjective's.
ADJECTIVE_ENDINGS = ("ый", "ий")
