"""How acts name persons: who is authorised to sign the treaty, and the case forms of their names."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR, CYR_UPPER, has_kazakh_letters

_NAME = rf"[{CYR_UPPER}][{CYR}-]+"
# "... Сыртқы істер министрі Ержан Хозеұлы Қазыхановқа ... өкілеттік берілсін"
KK_AUTHORISED = re.compile(
    rf"(?P<office>(?:{_NAME}\s+)?(?:{_NAME}\s+)?(?:[{CYR}-]+\s+){{0,5}}(?:министрі|Министрі|Төрағасы|төрағасы|орынбасары|"
    rf"Елшісі|елшісі|басшысы|Басшысы|Президенті|Премьер-Министрі))\s+(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?)"
    rf"(?=[^.]*(?:өкілеттік|уәкілеттік)\s+берілсін)")
# "Уполномочить Есенбаева Мажита Тулеубековича - Министра экономики и торговли Республики Казахстан заключить"
RU_AUTHORISED_NAME_FIRST = re.compile(
    rf"Уполномочить\s+(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?)\s*[-–—,]\s*(?P<office>.+?)\s+(?:подписать|заключить)")
# "Уполномочить Министра иностранных дел Республики Казахстан Иванова Ивана Ивановича подписать"
RU_AUTHORISED_OFFICE_FIRST = re.compile(
    rf"Уполномочить\s+(?P<office>(?:Министра|Председателя|Заместителя|Посла|Руководителя|Премьер-Министра)[^,]+?)\s+"
    rf"(?P<name>{_NAME}\s+{_NAME}(?:\s+{_NAME})?|{_NAME}\s+[{CYR_UPPER}]\.\s?[{CYR_UPPER}]\.)\s+(?:подписать|заключить)")
# A body of the state charged to conclude or sign the treaty on the Government's behalf: "Қазақстан Республикасының
# Сыртқы істер министрлігі … аталған Келісімді Қазақстан Республикасының Үкіметі атынан жасассын", "Министерству
# иностранных дел Республики Казахстан провести переговоры … и … заключить от имени Правительства Республики Казахстан
# указанное Соглашение". The body is named as written (the Russian in the dative).
_KK_BODY = r"(?:министрлігі|комитеті|агенттігі|елшілігі|Елшілігі|банкі|Банкі)"
KK_AUTHORISED_BODY = re.compile(
    rf"(?P<body>Қазақстан\s+Республикасы(?:ның)?\s+(?:[{CYR}-]+\s+){{1,6}}?{_KK_BODY})(?=\s)"
    rf"(?=[^.;]*?Үкіметі\s+атынан\s+(?:жасассын|қол\s+қойсын))")
RU_AUTHORISED_BODY = re.compile(
    r"(?P<body>(?:Министерству|Комитету|Агентству|Посольству|Национальному\s+[Бб]анку)\s+[^.;,]*?"
    r"Республики\s+Казахстан)(?=[^.;]*?(?:заключить|подписать)\s+от\s+имени\s+Правительства)")
# each with a word that all its matches hold: the patterns are only tried on points that have it (KK_AUTHORISED is
# slow to fail)
AUTHORISATIONS = ((KK_AUTHORISED, "берілсін"), (RU_AUTHORISED_NAME_FIRST, "Уполномочить"),
                  (RU_AUTHORISED_OFFICE_FIRST, "Уполномочить"))
BODY_AUTHORISATIONS = ((KK_AUTHORISED_BODY, "атынан"), (RU_AUTHORISED_BODY, "от имени"))

def usual_capitals(name: str) -> str:
    """A name as it is usually written: a word printed in capitals ("НАЗАРБАЕВ", "ТОҚАЕВ") gets only its first
    letter capital, so that one person has one name whichever way an act prints it."""
    return " ".join("-".join(part.capitalize() if len(part) > 1 and part.isalpha() and part.isupper() else part
                             for part in word.split("-")) for word in name.split())


_KK_DATIVE = re.compile(r"(?:қа|ке|ға|ге|на|не|а|е)$")
_KK_DATIVE_SURNAME = re.compile(r"(?:ов|ев|ин|ұлы|қызы)(?:қа|ке|ға|ге|а|е)$")
_RU_ACCUSATIVE_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
_RU_PATRONYMIC_ACCUSATIVE = "ича"


def nominative(name: str, language: str) -> str:
    """Best effort: the dative (kk) or accusative (ru) surname back to its dictionary form."""
    words = name.split()
    if language == "kk" or has_kazakh_letters(name):
        words[-1] = _KK_DATIVE.sub("", words[-1]) if _KK_DATIVE_SURNAME.search(words[-1]) else words[-1]
        return " ".join(words)
    if any(w.endswith(_RU_PATRONYMIC_ACCUSATIVE) for w in words):  # a man's name in the accusative
        return " ".join(_RU_ACCUSATIVE_A.sub("", w) for w in words)
    return name
