"""What the treaties call states that the CLDR country names (lang/gazetteer.py) lack: official long forms, old
names, abbreviations, Kazakh spellings, the adjectives of side designations, and the Wikidata ids and English names
the graph gives states. Keys are ISO 3166-1 alpha-3 codes ("SUN", the USSR, as ISO 3166-3 keeps it)."""

from __future__ import annotations

# Names beside CLDR's, by language. Russian names are inflected word by word (a word that can be a nominative takes
# its case forms), Kazakh ones take any ending on their last word.
EXTRA_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
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
    },
    "kk": {
        "MNG": ("Монғолия",),                       # ғ for ң, as some Kazakh texts write it
        "AZE": ("Әзербайжан",),
        "TKM": ("Түркіменстан",),                 # the older spelling, beside CLDR's "Түрікменстан"
        "KGZ": ("Қырғыз Республикасы",),
        "TUR": ("Түрік Республикасы",),
        "RUS": ("Ресей Федерациясы",),
        "USA": ("АҚШ",),
        "ARE": ("БАӘ",),
        "PSE": ("Палестина", "Палестина Мемлекеті"),
        "KOR": ("Корея Республикасы",),
        "PRK": ("Корея Халықтық-Демократиялық Республикасы", "КХДР"),
        "GBR": ("Ұлыбритания және Солтүстік Ирландия Құрама Корольдігі", "Біріккен Корольдік"),
        "CHN": ("ҚХР",),
        "EGY": ("Египет",),
        "TGO": ("Того Республикасы",),
        "SUN": ("КСРО", "Кеңестік Социалистік Республикалар Одағы"),
    },
}

# CLDR names that are also ordinary words of the language ("того": of that): only the longer names above name them.
NOT_NAMES_ALONE = {"ru": frozenset({"Того"}), "kk": frozenset({"Того"})}

# The adjective of a state, as side designations ("с турецкой стороны", "Казахстанская Сторона") and official names
# ("Турецкая Республика", "Российская Федерация", "Китайская Народная Республика") use it. Russian: the dictionary
# form, every form of which is found; Kazakh: the attributive word ("Түрік Республикасы", "қырғыз тарапы"). Kazakh
# adjectives in -лық/-лік/-дық/... ("қазақстандық") are made from the names themselves (lang/names.py).
ADJECTIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
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
    },
    "kk": {
        "TUR": ("Түрік",), "KGZ": ("Қырғыз",), "UZB": ("Өзбек",), "TJK": ("Тәжік",), "TKM": ("Түрікмен", "Түркімен"),
        "MNG": ("Моңғол", "Монғол"), "CHN": ("Қытай",),
    },
}

# Nouns of statehood: after them an adjective names a state ("Турецкой Республики", "с турецкой стороны",
# "Қырғыз Республикасының", "Қазақстандық Тарап"). Russian words are inflected; Kazakh stems take any ending.
STATEHOOD_NOUNS: dict[str, tuple[str, ...]] = {
    "ru": ("сторона", "республика", "федерация", "королевство", "государство", "правительство", "союз",
           "конфедерация", "княжество", "султанат", "народный", "народно"),
    "kk": ("тарап", "республика", "федерация", "корольдік", "корольдіг", "мемлекет", "үкімет", "халық",
           "одақ", "одағ"),
}

# Words between coordinated adjectives of states ("Казахстанская и Российская Стороны").
COORDINATORS: dict[str, tuple[str, ...]] = {"ru": ("и", "или"), "kk": ("және", "мен", "немесе")}

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
