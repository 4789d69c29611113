"""The Russian wording of places where a treaty is or was signed (lang/place_wording.py puts the languages
together): "в городе Минске", "Совершено в Париже", "в г.Алматы"."""

from __future__ import annotations

# The participles of signing: "совершенное", "подписанное", "заключенное".
PARTICIPLE = r"(?:совершенн|подписанн|заключенн)\w*"
# A date between the participle and the place: "17 января 1996 г.", "9 октября 2000 года", "«21» декабря 2001 года".
DATE = r"(?:[«\"]?\d{1,2}[»\"]?\s+\w+\s+\d{4}\s+(?:года|г\.)\s+)"
# "in": "в Минске"; "in the city of": "в городе Минске", "в г.Алматы".
IN = r"в"
IN_CITY = r"в\s+(?:городе\s+|г\.\s*)"
CITY = r"(?:городе\s+|г\.\s*)"
# The verbs of a closing formula: "Совершено в", "СОВЕРШЕНО в", "заключено в", "подписано в".
DONE = r"(?i:совершено|заключено|подписано)"
# The participles after which the date of signing follows (a Kazakh participle follows the date).
SIGNED_BEFORE_DATE = r"совершенн|подписанн"
