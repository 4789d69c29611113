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
