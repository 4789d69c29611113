"""How treaties cite other treaties (with what they claim about them: title, parties, date, place), and the
generic references to national legislation and other treaties."""

from __future__ import annotations

import re

# "2008 жылғы 30 қыркүйекте Минск қаласында қол қойылған Қазақстан Республикасы мен Беларусь Республикасы
#  арасындағы құпия ақпаратты өзара қорғау туралы келісімге сәйкес"
KK_CITED = re.compile(
    r"(?P<date>\d{4}\s+жылғы\s+\d{1,2}\s+\w+)\s+(?:(?P<place>[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+)\s+қаласында\s+)?"
    r"(?:қол\s+қойылған|жасалған),?\s+(?P<title>[^;:]*?(?:туралы|жөніндегі)\s+(?P<head>келісім|шарт|конвенция|хаттама))"
    r"(?P<suffix>\w*)", re.I)
# "Кеңестік Социалистік Республикалар Одағы мен Америка Құрама Штаттары арасындағы … туралы 1987 жылғы 15 қыркүйектегі
#  келісімді": the date stands between the subject and the head noun.
KK_CITED_DATED_HEAD = re.compile(
    r"(?P<title>[А-ЯӘҒҚҢӨҰҮҺІ][^,;:]*?\s+(?:туралы|жөніндегі))\s+(?P<date>\d{4}\s+жылғы\s+\d{1,2}\s+\w+)\s+"
    r"(?P<head>келісім|шарт|конвенция|хаттама)(?P<suffix>\w*)", re.I)
# KK_CITED_DATED_HEAD tries every letter as the start of a title and scans on to the next comma from each,
# which is slow on long provisions. Every match holds this run, so a text without it is not searched.
KK_DATED_HEAD_CUE = re.compile(
    r"(?:туралы|жөніндегі)\s+\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+(?:келісім|шарт|конвенция|хаттама)", re.I)
# "Соглашения о сотрудничестве в области информации государств-членов СНГ, подписанного 9 октября 1992 года в
#  городе Бишкеке"
RU_CITED_AFTER = re.compile(
    r"(?P<title>(?:Соглашени|Договор|Конвенци|Протокол)\w*\s+(?:между\s+[^,;]+?\s+)?о\s+[^,;]+?),?\s+"
    r"(?:подписанн\w+|совершенн\w+|заключенн\w+)\s+(?P<date>\d{1,2}\s+\w+\s+\d{4}\s+года)"
    r"(?:\s+в\s+(?:городе\s+|г\.\s*)?(?P<place>[А-ЯЁ][\w-]+))?")
# "Договору между СССР и США о сокращении … от 31 июля 1991 года"
RU_CITED_FROM = re.compile(
    r"(?P<title>(?:Соглашени|Договор|Конвенци|Протокол)\w*\s+между\s+[^;]+?\s+о\s+[^;]+?)\s+от\s+"
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4}\s+года)")
CITATIONS = (KK_CITED, KK_CITED_DATED_HEAD, RU_CITED_AFTER, RU_CITED_FROM)
# (label, pattern, cue): every match of the pattern holds its cue, which is searched first because it is faster
GENERIC = (
    ("national legislation of the Parties' states",
     re.compile(r"ұлттық\s+заңнама|заңнамалар|национальн\w*\s+законодательств|законодательств\w*\s+(?:государств|обоих"
                r"|их)", re.I),
     re.compile(r"заңнама|законодательств", re.I)),
    ("other international treaties",
     re.compile(r"(?:басқа|өзге)\s+(?:да\s+)?халықаралық\s+(?:шарт|келісім)|(?:други\w+|ины\w+)\s+международн\w+\s+"
                r"(?:договор|соглашени)|международн\w+\s+договор\w*,\s+участник", re.I),
     re.compile(r"халықаралық|международн", re.I)),
)
# The parties a cited treaty's title names: "А мен Б арасындағы …", "… между А и Б о …".
TITLE_PARTIES = (re.compile(r"^(?P<names>.+?)\s+арасындағы"), re.compile(r"между\s+(?P<names>.+?)\s+(?:о|об)\s"))
BETWEEN_NAMES = re.compile(r"\s+(?:мен|және|и)\s+")
