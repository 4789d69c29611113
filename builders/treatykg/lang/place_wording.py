"""How texts name the place where a treaty is or was signed ("Минск қаласында", "в городе Минске")."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

# A place an act or a citation names: "Минск қаласында", "Астанада 2008 жылғы … қол қойылған", "в городе Минске",
# "подписанного в Минске".
KK_PLACE = re.compile(rf"(?P<place>[{CYR_UPPER}][\w-]+)\s+қаласында|(?P<loc>[{CYR_UPPER}][\w-]+(?:да|де|та|те))\s+"
                      rf"(?:\d{{4}}\s+жылғы\s+\S+\s+\S+\s+)?(?:жасалған|қол\s+қойылған)")
RU_PLACE = re.compile(rf"в\s+(?:городе|г\.)\s+(?P<place>[{CYR_UPPER}][\w-]+)|(?:совершенн\w+|подписанн\w+)\s+в\s+"
                      rf"(?P<loc>[{CYR_UPPER}][\w-]+)")
# An act's point that says where and when the treaty was done or signed.
SIGNED_OR_DONE = re.compile(r"жасалған|қол\s+қойылған|совершенн|подписанн")
# Those of its words that the date of signing follows (Russian participles); a Kazakh participle follows the date.
DATE_AFTER_SIGNED = re.compile(r"совершенн|подписанн")
# The place in a closing formula: "Минск қаласында", "в городе Минске", "в г. Минске", "Совершено в Минске",
# "заключено в городе Анкара"; a Kazakh locative that opens the formula, before its date ("Минскіде 1996 жылғы …",
# "Парижде бір мың тоғыз жүз …").
CLOSING_PLACE = re.compile(
    rf"(?![Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенци)([{CYR_UPPER}A-Z][\w-]*)\s+қаласында|в\s+(?:городе|г\.)\s*([{CYR_UPPER}A-Z][\w-]*)"
    rf"|(?:[Сс]овершен\w*|[Зз]аключен\w*|[Пп]одписан\w*)\s+в\s+([{CYR_UPPER}][\w-]*)"
    rf"|^([{CYR_UPPER}][\w-]*(?:да|де|та|те))\s+(?:\d{{4}}|бір\s+мың)"
)
