"""What Kazakh texts call states beyond the CLDR country names (lang/state_names.py puts the languages
together): other names, the adjectives of side designations, nouns of statehood, coordinators. Keys are ISO 3166-1
alpha-3 codes."""

from __future__ import annotations

# Names beside CLDR's, by language. Russian names are inflected word by word (a word that can be a nominative takes
# its case forms), Kazakh ones take any ending on their last word.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
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
}
# CLDR names that are also ordinary words of the language ("того": of that): only the longer names above name them.
NOT_NAMES_ALONE = frozenset({"Того"})
# The adjective of a state, as side designations ("с турецкой стороны", "Казахстанская Сторона") and official names
# ("Турецкая Республика", "Российская Федерация", "Китайская Народная Республика") use it. Russian: the dictionary
# form, every form of which is found; Kazakh: the attributive word ("Түрік Республикасы", "қырғыз тарапы"). Kazakh
# adjectives in -лық/-лік/-дық/... ("қазақстандық") are made from the names themselves (lang/names.py).
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "TUR": ("Түрік",), "KGZ": ("Қырғыз",), "UZB": ("Өзбек",), "TJK": ("Тәжік",), "TKM": ("Түрікмен", "Түркімен"),
    "MNG": ("Моңғол", "Монғол"), "CHN": ("Қытай",),
}
# Nouns of statehood: after them an adjective names a state ("Турецкой Республики", "с турецкой стороны",
# "Қырғыз Республикасының", "Қазақстандық Тарап"). Russian words are inflected; Kazakh stems take any ending.
STATEHOOD_NOUNS: tuple[str, ...] = (
    "тарап", "республика", "федерация", "корольдік", "корольдіг", "мемлекет", "үкімет", "халық", "одақ", "одағ"
)
# Words between coordinated adjectives of states ("Казахстанская и Российская Стороны").
COORDINATORS: tuple[str, ...] = ("және", "мен", "немесе")
