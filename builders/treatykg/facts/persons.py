"""Persons and offices: who signed the act, and who is authorised to sign the treaty, names as written."""

from __future__ import annotations

import re

from treatykg.facts.types import Person
from treatykg.lang.structure import CYR, CYR_UPPER
from treatykg.text.document import Document
from treatykg.facts.provisions import evidence
from treatykg.lang.gazetteer import find_state

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
# each with a word that all its matches hold: the patterns are only tried on points that have it (KK_AUTHORISED is
# slow to fail)
AUTHORISATIONS = ((KK_AUTHORISED, "берілсін"), (RU_AUTHORISED_NAME_FIRST, "Уполномочить"),
                  (RU_AUTHORISED_OFFICE_FIRST, "Уполномочить"))
_KK_DATIVE = re.compile(r"(?:қа|ке|ға|ге|на|не|а|е)$")


def nominative(name: str, language: str) -> str:
    """Best effort: the dative (kk) or accusative (ru) surname back to its dictionary form."""
    words = name.split()
    if language == "kk" or re.search("[әғқңөұүһі]", name):
        words[-1] = _KK_DATIVE.sub("", words[-1]) if re.search(r"(?:ов|ев|ин|ұлы|қызы)(?:қа|ке|ға|ге|а|е)$", words[-1]) else words[-1]
        return " ".join(words)
    if any(w.endswith("ича") for w in words):  # a man's name in the accusative
        return " ".join(re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])а$", "", w) for w in words)
    return name


def extract_persons(document: Document, language: str) -> list[Person]:
    persons: list[Person] = []
    act = document.act
    if act is None:
        return persons
    for signature in act.signatures:
        if signature.name:
            persons.append(Person(signature.name, signature.office, find_state(signature.office or ""), "signer",
                                  evidence(signature), signature.name))
    for point in act.points:
        text = point.text
        for pattern, word in AUTHORISATIONS:
            match = pattern.search(text) if word in text else None
            if match:
                office = " ".join(match.group("office").split())
                written = match.group("name")
                persons.append(Person(nominative(written, language), office, find_state(office), "authorised-signatory",
                                      evidence(point, text=match.group(0)), written))
                break
    return persons
