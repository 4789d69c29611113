"""Citations of other international treaties, with what the citing text claims about them (title, parties,
signing date and place), and generic references to national legislation and other treaties."""

from __future__ import annotations

import re

from treatykg.lang.dates import find_dates
from treatykg.facts.types import Citation, Evidence, Place, StatedDate
from treatykg.text.document import Block, Treaty
from treatykg.facts.provisions import Provision, provisions
from treatykg.lang.gazetteer import find_states, normalise_place
from treatykg.facts.parties import party_kind

# "2008 жылғы 30 қыркүйекте Минск қаласында қол қойылған Қазақстан Республикасы мен Беларусь Республикасы
#  арасындағы құпия ақпаратты өзара қорғау туралы келісімге сәйкес"
KK_CITED = re.compile(
    r"(?P<date>\d{4}\s+жылғы\s+\d{1,2}\s+\w+)\s+(?:(?P<place>[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+)\s+қаласында\s+)?"
    r"(?:қол\s+қойылған|жасалған),?\s+(?P<title>[^;:]*?(?:туралы|жөніндегі)\s+(?P<head>келісім|шарт|конвенция|хаттама))"
    r"(?P<suffix>\w*)", re.I)
# "Кеңестік Социалистік Республикалар Одағы мен Америка Құрама Штаттары арасындағы … туралы 1987 жылғы 15 қыркүйектегі келісімді"
KK_CITED_DATED_HEAD = re.compile(
    r"(?P<title>[А-ЯӘҒҚҢӨҰҮҺІ][^,;:]*?\s+(?:туралы|жөніндегі))\s+(?P<date>\d{4}\s+жылғы\s+\d{1,2}\s+\w+)\s+"
    r"(?P<head>келісім|шарт|конвенция|хаттама)(?P<suffix>\w*)", re.I)
# KK_CITED_DATED_HEAD tries every letter as the start of a title and scans on to the next comma from each,
# which is slow on long provisions. Every match holds this run, so a text without it is not searched.
KK_DATED_HEAD_CUE = re.compile(
    r"(?:туралы|жөніндегі)\s+\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+(?:келісім|шарт|конвенция|хаттама)", re.I)
# "Соглашения о сотрудничестве в области информации государств-членов СНГ, подписанного 9 октября 1992 года в городе Бишкеке"
RU_CITED_AFTER = re.compile(
    r"(?P<title>(?:Соглашени|Договор|Конвенци|Протокол)\w*\s+(?:между\s+[^,;]+?\s+)?о\s+[^,;]+?),?\s+"
    r"(?:подписанн\w+|совершенн\w+|заключенн\w+)\s+(?P<date>\d{1,2}\s+\w+\s+\d{4}\s+года)"
    r"(?:\s+в\s+(?:городе\s+|г\.\s*)?(?P<place>[А-ЯЁ][\w-]+))?")
# "Договору между СССР и США о сокращении … от 31 июля 1991 года"
RU_CITED_FROM = re.compile(
    r"(?P<title>(?:Соглашени|Договор|Конвенци|Протокол)\w*\s+между\s+[^;]+?\s+о\s+[^;]+?)\s+от\s+"
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4}\s+года)")
# (label, pattern, cue): every match of the pattern holds its cue, which is searched first because it is faster
GENERIC = (
    ("national legislation of the Parties' states",
     re.compile(r"ұлттық\s+заңнама|заңнамалар|национальн\w*\s+законодательств|законодательств\w*\s+(?:государств|обоих|их)", re.I),
     re.compile(r"заңнама|законодательств", re.I)),
    ("other international treaties",
     re.compile(r"(?:басқа|өзге)\s+(?:да\s+)?халықаралық\s+(?:шарт|келісім)|(?:други\w+|ины\w+)\s+международн\w+\s+(?:договор|соглашени)"
                r"|международн\w+\s+договор\w*,\s+участник", re.I),
     re.compile(r"халықаралық|международн", re.I)),
)


def _level(parties: list[str]) -> str:
    kinds = {party_kind(p) for p in parties}
    if not parties:
        return "unknown"
    if kinds == {"state"}:
        return "interstate"
    if kinds == {"government"}:
        return "intergovernmental"
    return "interagency" if kinds <= {"ministry", "agency"} else "unknown"


def _parties_of(title: str) -> list[str]:
    """Parties named in a title: ``A мен B арасындағы`` or ``между A и B``."""
    match = re.search(r"^(?P<names>.+?)\s+арасындағы", title) or re.search(r"между\s+(?P<names>.+?)\s+(?:о|об)\s", title)
    if not match:
        return []
    names = re.split(r"\s+(?:мен|және|и)\s+", match.group("names"))
    return [n.strip(" ,") for n in names if find_states(n)]


def extract_citations(treaty: Treaty, provision_list: list[Provision] | None = None) -> list[Citation]:
    """``provision_list``, when given, is ``provisions(treaty)`` (extract_facts makes it once for every extractor)."""
    found: list[Citation] = []
    units = [(p.eid, p.text, p.start, p.end) for p in (provisions(treaty) if provision_list is None else provision_list)]
    if treaty.preamble:
        units = [(b.eid, b.text, b.start, b.end) for b in treaty.preamble.of_type(Block)] + units
    for eid, text, start, end in units:
        evidence = Evidence(eid, start, end, text)
        cited_spans = []
        for pattern in (KK_CITED, KK_CITED_DATED_HEAD, RU_CITED_AFTER, RU_CITED_FROM):
            if pattern is KK_CITED_DATED_HEAD and not KK_DATED_HEAD_CUE.search(text):
                continue
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in cited_spans):
                    continue
                cited_spans.append((m.start(), m.end()))
                title = " ".join(m.group("title").split())
                if pattern is KK_CITED_DATED_HEAD:  # the date stands between the subject and the head noun
                    title = f"{title} {m.group('head')}"
                dates = find_dates(m.group("date"))
                date = StatedDate("cited-signing", dates[0].text, dates[0].iso, dates[0].complete, evidence) if dates else None
                place = None
                if "place" in m.groupdict() and m.group("place"):
                    name, _ = normalise_place(m.group("place"))
                    place = Place(m.group("place"), name, "cited-signing", evidence)
                parties = _parties_of(title)
                found.append(Citation(title, parties, _level(parties), date, place, eid, False,
                                      Evidence(eid, start + m.start(), start + m.end(), m.group(0))))
        for label, pattern, cue in GENERIC:
            m = pattern.search(text) if cue.search(text) else None
            if m:
                found.append(Citation(label, [], "generic", None, None, eid, True,
                                      Evidence(eid, start + m.start(), start + m.end(), m.group(0))))
    return found
