"""How texts name the place where a treaty is or was signed ("Минск қаласында", "Газада", "в городе Минске",
"Совершено в Париже").

Each table lists ``(pattern, language, inflected)``, in the order to try them: the place is the pattern's group
``place``, named in ``language``; ``inflected`` says that the text may put it in a case (the Russian prepositional
after "в", the Kazakh locative), so that the gazetteer takes it back to the nominative; after "қаласында" or "қ." the
Kazakh name is already a nominative.
"""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

_NAME = rf"[{CYR_UPPER}A-Z][\w-]+"
_KK_LOCATIVE = rf"{_NAME}(?:да|де|та|те)"
_KK_DATE = r"\d{4}\s+жылғы\s+\S+\s+\S+\s+"
_KK_SIGNED = r"(?:жасалған|қол\s+қойылған)"
_RU_PARTICIPLE = r"(?:совершенн|подписанн|заключенн)\w*"
# "17 января 1996 г.", "9 октября 2000 года", "«21» декабря 2001 года" between the participle and the place
_RU_DATE = r"(?:[«\"]?\d{1,2}[»\"]?\s+\w+\s+\d{4}\s+(?:года|г\.)\s+)"
_RU_IN_CITY = r"в\s+(?:городе\s+|г\.\s*)"

# A place an act states for the treaty it approves. First the place the signing participle governs: "Астана
# қаласында жасалған", "Газада қол қойылған", "подписанное в Газе", "подписанное 17 января 1996 г. в Минске", so that
# "об открытии Консульства … в городе Астрахани …, совершенное в городе Астане" gives Astana. Then any place
# named as a city ("Минск қаласында", "в городе Минске").
ACT_PLACES: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(rf"(?P<place>{_NAME})\s+қаласында\s+(?:{_KK_DATE})?{_KK_SIGNED}"), "kk", False),
    (re.compile(rf"(?P<place>{_KK_LOCATIVE})\s+(?:{_KK_DATE})?{_KK_SIGNED}"), "kk", True),
    (re.compile(rf"{_RU_PARTICIPLE}\s+{_RU_DATE}?в\s+(?:городе\s+|г\.\s*)?(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"(?P<place>{_NAME})\s+қаласында"), "kk", False),
    (re.compile(rf"{_RU_IN_CITY}(?P<place>{_NAME})"), "ru", True),
)
# An act's point that says where and when the treaty was done or signed.
SIGNED_OR_DONE = re.compile(r"жасалған|қол\s+қойылған|совершенн|подписанн")
# Those of its words that the date of signing follows (Russian participles); a Kazakh participle follows the date.
DATE_AFTER_SIGNED = re.compile(r"совершенн|подписанн")
# The place in a closing formula: "Минск қаласында", "Париж қ.", "Минскіде 1996 жылғы …", "Парижде бір мың …",
# "Астанада әрқайсысы …" (a locative among its first words, after the date if any; never a treaty word such as
# "Келісімде"), "Совершено в Минске", "СОВЕРШЕНО в Астане", "заключено в городе Анкара", "в городе Минске",
# "в г.Алматы".
_NOT_A_TREATY_WORD = r"(?![Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенци|КЕЛІСІМ|ШАРТ|ХАТТАМА|КОНВЕНЦИ)"
CLOSING_PLACES: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(rf"{_NOT_A_TREATY_WORD}(?P<place>{_NAME})\s+(?:қаласында|қ\.)"), "kk", False),
    (re.compile(rf"(?i:совершено|заключено|подписано)\s+в\s+(?:городе\s+|г\.\s*)?(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"{_RU_IN_CITY}(?P<place>{_NAME})"), "ru", True),
    (re.compile(rf"^\W*(?:\S+\s+){{0,4}}?{_NOT_A_TREATY_WORD}(?P<place>{_KK_LOCATIVE})(?=[\s,])"), "kk", True),
)
