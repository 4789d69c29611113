"""How texts name the parties, their sides and the competent authorities they designate."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

# Party kinds, from the head noun of the name. Order matters: "Национальный Банк" before "Республика".
KINDS = (
    ("national-bank", re.compile(r"Ұлттық\s+Банк|Ұлттық\s+банк|Национальн\w*\s+[Бб]анк")),
    ("government", re.compile(r"Үкімет|Правительств|Кабинет\w*\s+Министр|Министрлер\s+Кабинет")),
    ("ministry", re.compile(r"министрлі|Министерств")),
    ("agency", re.compile(r"комитет|Комитет|агенттіг|Агентств|қызмет|Служб|орталы|Центр")),
    ("state", re.compile(r"Республика|Республикасы|Федерация|Корольдігі|Королевств|Штат|Одағы|Союз|"
                         r"Мемлекет|Государств|Моңғолия|Монголия|Украина|Грузия|Жапония|Япония")),
)
# An authority that is a ministry (any other designated authority is an agency).
MINISTRY = re.compile(r"министрлі|Министерств")

# "с одной стороны, … с другой стороны", "бір тараптан, … екінші тараптан": the sides of a bilateral treaty.
SIDE_MARKER = re.compile(r",?\s*(?:с\s+(?:одной|другой)\s+стороны|(?:бір|екінші)\s+тараптан)\s*,?")
# The collective name as the parties clause writes it (instrumental case) -> its nominative.
COLLECTIVE_NAME_NOMINATIVE = {"Сторонами": "Стороны", "Договаривающимися Сторонами": "Договаривающиеся Стороны"}
# What is left of the parties clause around the names: brackets, "деп аталатын", "в дальнейшем", "именуемые", "ниже".
PARTIES_CLAUSE_NOISE = re.compile(r"\((?:[^()]*?)\)|\b(?:деп\s+аталатын|в\s+дальнейшем|именуемые|ниже)\b|[,\s]+$"
                                  r"|^\s*[-,]?\s*")
# Between two party names: "А мен Б", "А және Б", "А и Б", or a comma before a capital.
BETWEEN_PARTY_NAMES = re.compile(rf"\s*,?\s+(?:мен|және|и)\s+(?=[{CYR_UPPER}])|\s*,\s*(?=[{CYR_UPPER}])")

# Competent authorities: a list that designates them, and a provision that leaves them to a later notification.
COMPETENT = re.compile(r"құзыретті\s+(?:орган|ұйым)|компетентн\w*\s+(?:орган|организаци)", re.I)
NOTIFY_COMPETENT = re.compile(
    r"(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)\w*[^.]{0,120}(?:компетентн|құзыретті)"
    r"|(?:компетентн|құзыретті)[^.]{0,120}(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)", re.I)
# "Қазақстан Республикасынан – Ұлттық қауіпсіздік комитеті": the side, a dash, the authority.
DESIGNATION_ITEM = re.compile(r"^(?P<side>[^–—-]{3,80}?)\s+[-–—]\s+(?P<authority>.+)$")
AUTHORITY_TAIL = re.compile(
    r"\s*(?:құзыретті\s+органдар\s+деп\s+белгілейді|құзыретті\s+ұйымдар\s+деп\s+белгілейді)\.?\s*$")
# Between two authorities named in one item: a comma, or "және"/"и" before the next authority's head words.
BETWEEN_AUTHORITIES = re.compile(
    rf",\s+(?=[{CYR_UPPER}])|\s+(?:және|и)\s+(?=(?:[{CYR_UPPER}]\w+\s+){{0,2}}"
    rf"(?:Республик|Министерств|Комитет|Государствен|Агентств))")
