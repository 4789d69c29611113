"""The Kazakh wording of places where a treaty is or was signed (lang/place_wording.py puts the languages together):
"Минск қаласында", "Газада", "Париж қ."."""

from __future__ import annotations

# The locative endings of a place name: "Газада", "Минскіде" is caught as "Минскі" + "де", "Анкарада".
LOCATIVE = r"(?:да|де|та|те)"
# A date before the participle: "1996 жылғы 17 қаңтарда".
DATE = r"\d{4}\s+жылғы\s+\S+\s+\S+\s+"
# The participles of signing: "жасалған", "қол қойылған".
SIGNED_WORDS = r"жасалған|қол\s+қойылған"
SIGNED = rf"(?:{SIGNED_WORDS})"
# "in the city of": "Астана қаласында" (the name before it is a nominative), abbreviated "Париж қ.".
IN_CITY = r"қаласында"
IN_CITY_ABBREVIATED = r"қ\."
# The treaty words that have a locative too ("Келісімде") and are never a place.
NOT_A_PLACE = r"[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенци|КЕЛІСІМ|ШАРТ|ХАТТАМА|КОНВЕНЦИ"
# Cities where treaties are signed, by English name (lang/place_names.py): the nominative, and other spellings the
# texts use.
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Astana": ("Астана", ()),
    "Nur-Sultan": ("Нұр-Сұлтан", ("Нұр-Сүлтан",)),
    "Akmola": ("Ақмола", ()),
    "Almaty": ("Алматы", ()),
    "Uralsk": ("Орал", ()),
    "Shymkent": ("Шымкент", ()),
    "Karaganda": ("Қарағанды", ()),
    "Aktau": ("Ақтау", ()),
    "Atyrau": ("Атырау", ()),
    "Aktobe": ("Ақтөбе", ()),
    "Pavlodar": ("Павлодар", ()),
    "Oskemen": ("Өскемен", ()),
    "Semey": ("Семей", ()),
    "Turkistan": ("Түркістан", ()),
    "Baikonur": ("Байқоңыр", ()),
    "Minsk": ("Минск", ()),
    "Bishkek": ("Бішкек", ()),
    "Tashkent": ("Ташкент", ()),
    "Dushanbe": ("Душанбе", ()),
    "Ashgabat": ("Ашғабат", ()),
    "Moscow": ("Мәскеу", ()),
    "Saint Petersburg": ("Санкт-Петербург", ()),
    "Astrakhan": ("Астрахань", ()),
    "Baku": ("Баку", ()),
    "Tbilisi": ("Тбилиси", ()),
    "Yerevan": ("Ереван", ()),
    "Kyiv": ("Киев", ()),
    "Chisinau": ("Кишинев", ()),
    "Ulaanbaatar": ("Ұлан-Батор", ()),
    "Beijing": ("Бейжің", ()),
    "Ankara": ("Анкара", ()),
    "Istanbul": ("Ыстамбұл", ()),
    "Izmir": ("Измир", ()),
    "Tehran": ("Тегеран", ()),
    "Kabul": ("Кабул", ()),
    "Islamabad": ("Исламабад", ()),
    "New Delhi": ("Нью-Дели", ()),
    "Seoul": ("Сеул", ()),
    "Tokyo": ("Токио", ()),
    "Kuala Lumpur": ("Куала-Лумпур", ()),
    "Jakarta": ("Джакарта", ("Жакарта",)),
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
    "Tallinn": ("Таллин", ()),
}
