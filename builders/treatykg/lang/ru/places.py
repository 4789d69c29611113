"""The Russian wording of places where a treaty is or was signed (lang/place_wording.py puts the languages
together): "в городе Минске", "Совершено в Париже", "в г.Алматы"."""

from __future__ import annotations

# The participles of signing: "совершенное", "подписанное", "заключенное".
PARTICIPLE = r"(?:совершенн|подписанн|заключенн)\w*"
# A date between the participle and the place: "17 января 1996 г.", "9 октября 2000 года", "«21» декабря 2001 года".
DATE = r"(?:[«\"]?\d{1,2}[»\"]?\s+\w+\s+\d{4}\s+(?:года|г\.)\s+)"
# "in": "в Минске"; "in the city of": "в городе Минске", "в г.Алматы".
IN = r"в"
# "in the city of": (the name before it is a nominative), abbreviated.
IN_CITY = r"в\s+(?:городе\s+|г\.\s*)"
CITY = r"(?:городе\s+|г\.\s*)"
# The verbs of a closing formula: "Совершено в", "СОВЕРШЕНО в", "заключено в", "подписано в".
DONE = r"(?i:совершено|заключено|подписано)"
# The participles after which the date of signing follows (a Kazakh participle follows the date).
SIGNED_BEFORE_DATE = r"совершенн|подписанн"
# Cities where treaties are signed, by English name (lang/place_names.py): the nominative, and other spellings the
# texts use.
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Astana": ("Астана", ()),
    "Nur-Sultan": ("Нур-Султан", ()),
    "Akmola": ("Акмола", ()),
    "Almaty": ("Алматы", ("Алма-Ата",)),
    "Uralsk": ("Уральск", ()),
    "Shymkent": ("Шымкент", ("Чимкент",)),
    "Karaganda": ("Караганда", ()),
    "Aktau": ("Актау", ()),
    "Atyrau": ("Атырау", ()),
    "Aktobe": ("Актобе", ("Актюбинск",)),
    "Pavlodar": ("Павлодар", ()),
    "Oskemen": ("Усть-Каменогорск", ()),
    "Semey": ("Семей", ("Семипалатинск",)),
    "Turkistan": ("Туркестан", ()),
    "Baikonur": ("Байконур", ()),
    "Minsk": ("Минск", ()),
    "Bishkek": ("Бишкек", ()),
    "Tashkent": ("Ташкент", ()),
    "Dushanbe": ("Душанбе", ()),
    "Ashgabat": ("Ашхабад", ("Ашгабат",)),
    "Moscow": ("Москва", ()),
    "Saint Petersburg": ("Санкт-Петербург", ()),
    "Astrakhan": ("Астрахань", ()),
    "Baku": ("Баку", ()),
    "Tbilisi": ("Тбилиси", ()),
    "Yerevan": ("Ереван", ()),
    "Kyiv": ("Киев", ("Київ",)),
    "Chisinau": ("Кишинев", ("Кишинэу",)),
    "Ulaanbaatar": ("Улан-Батор", ("Улаанбаатар", "Улаанбаатор")),
    "Beijing": ("Пекин", ()),
    "Ankara": ("Анкара", ()),
    "Istanbul": ("Стамбул", ()),
    "Izmir": ("Измир", ()),
    "Tehran": ("Тегеран", ()),
    "Kabul": ("Кабул", ()),
    "Islamabad": ("Исламабад", ()),
    "New Delhi": ("Нью-Дели", ()),
    "Seoul": ("Сеул", ()),
    "Tokyo": ("Токио", ()),
    "Kuala Lumpur": ("Куала-Лумпур", ()),
    "Jakarta": ("Джакарта", ()),
    "Bangkok": ("Бангкок", ()),
    "Hanoi": ("Ханой", ()),
    "Abu Dhabi": ("Абу-Даби", ()),
    "Riyadh": ("Эр-Рияд", ()),
    "Doha": ("Доха", ()),
    "Cairo": ("Каир", ()),
    "Gaza": ("Газа", ()),
    "Havana": ("Гавана", ()),
    "Washington": ("Вашингтон", ()),
    "New York": ("Нью-Йорк", ()),
    "Ottawa": ("Оттава", ()),
    "London": ("Лондон", ()),
    "Paris": ("Париж", ()),
    "Berlin": ("Берлин", ()),
    "Rome": ("Рим", ()),
    "Madrid": ("Мадрид", ()),
    "Lisbon": ("Лиссабон", ()),
    "Vienna": ("Вена", ()),
    "Bern": ("Берн", ()),
    "Geneva": ("Женева", ()),
    "Brussels": ("Брюссель", ()),
    "Amsterdam": ("Амстердам", ()),
    "The Hague": ("Гаага", ()),
    "Stockholm": ("Стокгольм", ()),
    "Oslo": ("Осло", ()),
    "Helsinki": ("Хельсинки", ()),
    "Copenhagen": ("Копенгаген", ()),
    "Dublin": ("Дублин", ()),
    "Warsaw": ("Варшава", ()),
    "Prague": ("Прага", ()),
    "Bratislava": ("Братислава", ()),
    "Budapest": ("Будапешт", ()),
    "Bucharest": ("Бухарест", ()),
    "Sofia": ("София", ()),
    "Belgrade": ("Белград", ()),
    "Zagreb": ("Загреб", ()),
    "Ljubljana": ("Любляна", ()),
    "Athens": ("Афины", ()),
    "Riga": ("Рига", ()),
    "Vilnius": ("Вильнюс", ()),
    "Tallinn": ("Таллин", ("Таллинн",)),
}
