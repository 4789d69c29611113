"""Typed clauses of a treaty: entry into force, provisional application, duration, termination, amendment,
dispute settlement, working language, authentic languages, costs and non-affection.

Each clause is read from one provision (a paragraph, list intro or list item; ``conclusions`` for the
closing formula) by rules on the Kazakh or Russian wording a lawyer would recognise, sentence by sentence,
so that one paragraph can hold several clauses (``Осы Келісім ... күшіне енеді. Осы Келісімнің қолданысы
айқындалмаған мерзімге белгіленеді.`` gives entry into force and duration). What the text does not say stays
None: a condition of entry into force is never turned into a date.

``values`` by kind (every value JSON-serialisable):

``entry-into-force``
    ``date`` (ISO, only when the text fixes a calendar date and no condition), ``condition`` (the words of the
    condition as written), ``condition_kind`` (``last-notification`` | ``signature`` | ``other`` | None),
    ``channel`` (``diplomatic`` | None).
``provisional-application``
    ``from`` (``signature`` | ISO date | the words as written), ``until`` (``entry-into-force`` | words | None).
``duration``
    ``indefinite``, ``years``, ``tacit_renewal``, ``renewal_years``, ``until_condition``. A notice of
    non-renewal inside a tacit-renewal sentence (7887: unless a party notifies six months before the period
    ends) belongs to the duration, not to a ``termination`` clause.
``termination``
    ``by`` (``each-party`` | ``either-party`` | ``parties`` | None), ``how`` (``written-notification`` |
    ``notification`` | None), ``channel``, ``notice`` (ISO 8601 duration, ``P6M``), ``from`` (``receipt`` |
    ``sending`` | None when the text ties the period to the notification without saying which).
``amendment``
    ``by_mutual_agreement``, ``form`` (``separate-protocols`` | ``protocol`` | None), ``integral_part``.
``dispute-settlement``
    ``means``: ``consultations``, ``negotiations``, ``diplomatic-channels``, ``mediation``, ``conciliation``,
    ``arbitration``, ``court``, in the order stated.
``working-language``
    ``language``: ISO 639-1 code; one clause per language named.
``authentic-languages``
    ``languages``, ``originals``, ``equally_authentic`` (True only where the text says the texts have the same
    force), ``prevailing``; from the closing formula, provision ``conclusions``.
``costs``
    ``borne_by``: ``each-party`` (each party, or the parties "дербес" / "самостоятельно", bears its own
    expenses) or ``as-agreed`` (the sharing of costs is left to agreement).
``non-affection``
    ``scope``: ``other-international-treaties`` | ``other-international-agreements`` | ``other-treaties`` |
    ``other-agreements``.
"""

from __future__ import annotations

import re

from treatykg.lang.dates import find_dates
from treatykg.lang.numbers import NUMBER, iso_period, number_prefix, parse_number
from treatykg.lang.sentences import split_sentences
from treatykg.lang.wording import languages_of
from treatykg.lang.wording import pattern as wording
from treatykg.facts.closing import read_closing
from treatykg.facts.types import Clause
from treatykg.facts.types import Closing as ClosingFacts
from treatykg.text.document import ClosingFormula, Treaty
from treatykg.lang.structure import LANGUAGE_WORDS
from treatykg.facts.provisions import Provision, evidence, provisions

# --- the treaty naming itself ------------------------------------------------------------------------------------

_TREATY_KK = r"(?:[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенция)"
_TREATY_RU = r"(?:Соглашени|Договор|Протокол|Конвенци)"
# nominative: "Осы Келісім күшіне енеді", "Настоящее Соглашение вступает в силу"
SELF_NOMINATIVE = {
    "kk": rf"\b[Оо]сы\s+{_TREATY_KK}(?![\w-])",
    "ru": rf"(?<![Вв]\s)(?<!на\s)(?<!за\s)(?<!про\s)"   # "в настоящее Соглашение" is accusative
          rf"\b(?:[Нн]астоящ(?:ее|ий|ая)|[Дд]анн(?:ое|ый|ая))\s+{_TREATY_RU}(?:е|я)?\b",
}
# any case: "Осы Келісімді", "настоящего Соглашения"
SELF_ANY = {
    "kk": rf"\b[Оо]сы\s+{_TREATY_KK}\w*|\b{_TREATY_KK}(?:нің|тің|дің|ның|ің)\s+қолданыс",
    "ru": rf"\b(?:[Нн]астоящ|[Дд]анн)\w*\s+{_TREATY_RU}\w*|\b(?:его|ее|её)\s+(?:действи|вступлени)"
          rf"|\b[Дд]ействи\w*\s+{_TREATY_RU}\w*",
}

# --- entry into force -------------------------------------------------------------------------------------------

_EIF_VERB = {
    "kk": r"күшіне\s+ен(?:еді|етін\s+болады)",
    "ru": r"вступает\s+в\s+силу|вступит\s+в\s+силу",   # singular: the treaty, not its amendments
}
_LAST_NOTIFICATION = {
    "kk": r"соңғы\s+(?:\w+\s+){0,2}хабар",
    "ru": r"последне\w+\s+(?:\w+\s+){0,2}(?:уведомлени|нот)",
}
_SIGNATURE = {"kk": r"қол\s+қой(?:ылған|ған)", "ru": r"подписани"}
_DIPLOMATIC = {"kk": r"дипломатиялық\s+арна", "ru": r"дипломатическ\w+\s+канал"}


def _entry_into_force(sentence: str, language: str) -> dict | None:
    verb = wording(_EIF_VERB, language).search(sentence)
    if not verb:
        return None
    # the treaty itself is the subject (nominative, before the verb); amendments "вступают в силу" are not
    own = wording(SELF_NOMINATIVE, language).search(sentence, 0, verb.start())
    if not own:
        return None
    condition = None
    before, after = sentence[own.end():verb.start()], sentence[verb.end():]
    start_ru = re.search(r"\b(?:с|со)\s+(?:даты|дня|момента|числа)\b.*", after)
    if start_ru:
        condition = re.split(r"\s+и\s+(?:остается|остаётся|будет|действует)\b|;", start_ru.group(0))[0]
    else:
        kk = re.search(r"(\S.*?(?:күн\w*|сәт\w*|кезде\w*)\s+бастап)\s*$", before)
        if kk:
            # the last clause before the verb: after "... жасалады және"
            condition = re.split(r"\b\w+(?:ады|еді|йды|йді)\s+және\s+", kk.group(1))[-1]
    condition = condition.strip(" ,.") if condition else None
    date = None
    kind = None
    if not condition:
        # a fixed calendar date: "с 1 января 2002 года", "2002 жылғы 1 қаңтардан бастап"
        for found in find_dates(sentence):
            if not found.complete:
                continue
            if (re.search(r"\b(?:с|со)\s*$", sentence[:found.start]) and found.start > verb.start()
                    or re.match(r"\w*\s+бастап", sentence[found.end:]) and found.end <= verb.start()):
                date = found.iso
                break
    if condition:
        if wording(_LAST_NOTIFICATION, language).search(condition):
            kind = "last-notification"
        elif wording(_SIGNATURE, language).search(condition):
            kind = "signature"
        else:
            kind = "other"
    channel = "diplomatic" if condition and wording(_DIPLOMATIC, language).search(condition) else None
    return {"date": date, "condition": condition, "condition_kind": kind, "channel": channel}


# --- provisional application -------------------------------------------------------------------------------------

_PROVISIONAL = {"kk": r"уақытша\s+қолдан", "ru": r"временно\s+применя"}
_UNTIL_EIF = {
    "kk": r"күшіне\s+ен(?:генге|уіне|ген\s+күнге)\s+дейін",
    "ru": r"до\s+(?:(?:его|ее|её)\s+)?вступлени\w+\s+(?:(?:его|ее|её|настоящего\s+\w+)\s+)?в\s+силу",
}


def _provisional(sentence: str, language: str) -> dict | None:
    if not wording(_PROVISIONAL, language).search(sentence) or not wording(SELF_ANY, language).search(sentence):
        return None
    source: str | None
    if wording(_SIGNATURE, language).search(sentence):
        source = "signature"
    else:
        dates = [d for d in find_dates(sentence) if d.complete]
        if dates:
            source = dates[0].iso
        else:
            words = re.search(r"(\S+\s+\S+\s+(?:күн\w*|сәт\w*)\s+бастап)|\b(?:с|со)\s+(?:даты|дня|момента)\s+\w+",
                              sentence)
            source = words.group(0) if words else None
    until: str | None = None
    if wording(_UNTIL_EIF, language).search(sentence):
        until = "entry-into-force"
    else:
        words = re.search(r"(\S+\s+\S+\s+дейін)|\bдо\s+(?!вступлени)\S+(?:\s+\S+)?", sentence)
        until = words.group(0) if words else None
    return {"from": source, "until": until}


# --- duration ----------------------------------------------------------------------------------------------------

_INDEFINITE = {
    "kk": r"айқындалмаған\s+мерзім|белгісіз\s+мерзім|мерзімі\s+белгіленбей|белгіленбеген\s+мерзім|мерзімсіз"
          r"|шектеусіз\s+мерзім",
    "ru": r"неопредел[её]нн\w+\s+срок|бессрочн|без\s+ограничения\s+срока",
}
_TERM_YEARS = {
    "kk": rf"({NUMBER})\s+жыл(?:\s+мерзімге|дық\s+мерзімге)",
    "ru": rf"(?:сроком|срок)\s+(?:на\s+)?({NUMBER})\s+(?:лет|года|год)\b|\bна\s+({NUMBER})\s+(?:лет|года)\b",
}
_TACIT = {
    "kk": r"(?:өздігінен|автоматты\s+түрде)\s+(?:\w+\s+){0,3}ұзарт|ұзартылған\s+болып\s+есептел",
    "ru": r"автоматически\s+(?:\w+\s+){0,2}продл|считается\s+продл[её]нн|продлевается",
}
_RENEWAL = {
    "kk": r"келесі\s+(\w+?)\s*жылдық\s+кезең|(\w+)\s+жыл(?:дық)?\s+кезеңге",
    "ru": r"(\w+?)летн\w+\s+период|период\w*\s+(?:по|в)\s+(\w+)\s+(?:лет|года)",
}
_UNTIL_CONDITION = {
    "kk": r"(?:және\s+)?(\S.*?(?:уақытқа|кезге|кезеңге)\s+дейін)\s+күшінде\s+қалады",
    "ru": r"(?:остается|остаётся|действует)\s+в\s+силе\s+(до\s+тех\s+пор,?\s+пока\s+.+?)\s*\.?$",
}
# _TERM_YEARS and _UNTIL_CONDITION try a long alternation, or a scan to the end of the sentence, at every
# position, which is slow; every match of theirs holds one of these words, so a sentence without it is not searched.
_TERM_YEARS_CUE = re.compile(r"мерзімге|лет|год", re.I)
_UNTIL_CONDITION_CUE = re.compile(r"күшінде\s+қалады|в\s+силе", re.I)


def _duration(sentence: str, language: str) -> dict | None:
    tacit = bool(wording(_TACIT, language).search(sentence))
    if not (tacit or wording(SELF_ANY, language).search(sentence)):
        return None
    indefinite = bool(wording(_INDEFINITE, language).search(sentence))
    years = None
    found = wording(_TERM_YEARS, language).search(sentence) if _TERM_YEARS_CUE.search(sentence) else None
    if found:
        years = parse_number(next(g for g in found.groups() if g))
    until = None
    condition = wording(_UNTIL_CONDITION, language).search(sentence) if _UNTIL_CONDITION_CUE.search(sentence) else None
    if condition:
        text = next(g for g in condition.groups() if g).strip(" ,")
        text = re.split(r"\b(?:енеді|ен(?:етін\s+болады))\s+және\s+", text)[-1]
        if not re.search(r"өткенге|истечени|\bай\b|месяц", text):
            until = text
    renewal = None
    if tacit:
        found = wording(_RENEWAL, language).search(sentence)
        if found:
            renewal = number_prefix(next(g for g in found.groups() if g))
    if not (indefinite or years or until or tacit):
        return None
    return {"indefinite": indefinite, "years": years, "tacit_renewal": tacit, "renewal_years": renewal,
            "until_condition": until}


# --- termination -------------------------------------------------------------------------------------------------

_TERMINATE = {"kk": r"тоқтат(?!а\s+тұр)", "ru": r"прекра(?:т|щ)"}   # terminate, not suspend (тоқтата тұру)
_OPERATION = {"kk": r"қолданыс|қолданыл|күш", "ru": r"действи"}      # ... the operation of the treaty
_EACH = {
    "kk": r"Тараптардың\s+әрқайсысы\b|\b(?:әр|әрбір)\s+[Тт]арап\b",
    "ru": r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*",
}
_EITHER = {
    "kk": r"Тараптардың\s+(?:бірі|біреуі)\b|\bкез\s+келген\s+Тарап\w*",
    "ru": r"\b(?:одна|любая|любой)\s+из\s+Сторон\b|\bлюбая\s+Сторона\b",
}
_MUTUAL = {
    "kk": r"өзара\s+(?:келісім|уағдаластық)\w*\s+бойынша|келісуі\s+бойынша|өзара\s+келісіммен",
    "ru": r"по\s+взаимному\s+(?:согласию|соглашению)|по\s+согласованию\s+Сторон|по\s+взаимной\s+договоренности",
}
_WRITTEN = {
    "kk": r"жазбаша\s+(?:\w+\s+)?хабарла",
    "ru": r"письменн\w+\s+(?:\w+\s+)?уведомлени|письменно\s+(?:\w+\s+){0,3}уведом",
}
_NOTIFICATION = {"kk": r"хабарла", "ru": r"уведом"}
_NOTICE = {
    "kk": rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+(?:өткен|өткеннен|өткенге)",
    "ru": rf"(?:по\s+истечении|до\s+истечения|через|спустя)\s+({NUMBER})\s+(месяц\w*|лет|год\w*|дн\w*|недел\w*"
          rf"|календарных\s+дней)",
}
_RECEIPT = {
    "kk": r"\bал(?:ған|ынған)\s+күн",
    "ru": r"\b(?:с|со)\s+(?:даты|дня|момента)\s+(?:его\s+)?получения",
}
_SENDING = {
    "kk": r"жібер(?:ген|ілген)\s+күн",
    "ru": r"\b(?:с|со)\s+(?:даты|дня|момента)\s+(?:его\s+)?направления|\b(?:с|со)\s+даты,?\s+когда\s+.{0,60}?направит",
}


def _is_termination(sentence: str, language: str) -> bool:
    if wording(_TACIT, language).search(sentence):
        return False   # the notice of non-renewal is part of the duration
    return bool(wording(_TERMINATE, language).search(sentence) and wording(_OPERATION, language).search(sentence)
                and wording(SELF_ANY, language).search(sentence))


def _termination(text: str, language: str) -> dict:
    by = None
    if wording(_EACH, language).search(text):
        by = "each-party"
    elif wording(_EITHER, language).search(text):
        by = "either-party"
    elif wording(_MUTUAL, language).search(text):
        by = "parties"
    how = ("written-notification" if wording(_WRITTEN, language).search(text)
           else "notification" if wording(_NOTIFICATION, language).search(text) else None)
    channel = "diplomatic" if wording(_DIPLOMATIC, language).search(text) else None
    notice = None
    found = wording(_NOTICE, language).search(text)
    if found:
        groups = [g for g in found.groups() if g]
        notice = iso_period(groups[0], groups[1])
    receipt = wording(_RECEIPT, language).search(text)
    sending = wording(_SENDING, language).search(text)
    source = None
    if receipt and (not sending or receipt.start() < sending.start()):
        source = "receipt"
    elif sending:
        source = "sending"
    return {"by": by, "how": how, "channel": channel, "notice": notice, "from": source}


# --- amendment ---------------------------------------------------------------------------------------------------

_AMEND = {
    "kk": r"өзгеріс\w*\s+(?:\w+\s+){0,4}енгіз",
    "ru": r"(?:внос\w*|внесен\w*)\s+(?:\w+\s+){0,3}изменени|изменени\w+\s+(?:\w+\s+){0,3}(?:внос|внесен|вносят)",
}
_PROTOCOLS = {"kk": r"(?:жеке|жекелеген)\s+хаттамалар", "ru": r"отдельны\w*\s+протоколами|протоколами"}
_PROTOCOL = {"kk": r"(?:жеке|жекелеген)?\s*хаттамамен", "ru": r"(?:отдельным\s+)?протоколом"}
_INTEGRAL = {"kk": r"ажырамас\s+бөлігі", "ru": r"неотъемлем\w+\s+част"}


def _amendment(sentence: str, language: str) -> dict | None:
    if not wording(_AMEND, language).search(sentence) or not wording(SELF_ANY, language).search(sentence):
        return None
    form = ("separate-protocols" if wording(_PROTOCOLS, language).search(sentence)
            else "protocol" if wording(_PROTOCOL, language).search(sentence) else None)
    return {"by_mutual_agreement": bool(wording(_MUTUAL, language).search(sentence)), "form": form,
            "integral_part": bool(wording(_INTEGRAL, language).search(sentence))}


# --- dispute settlement ------------------------------------------------------------------------------------------

_DISPUTE = {
    "kk": r"\bдау(?:лар|лы|ды)?\b|келіспеушілік",
    "ru": r"\bспор\w*|разноглас",
}
_SETTLE = {"kk": r"шеш(?:іл|етін|еді|у)|реттел", "ru": r"разреша|разреш[её]н|реша|урегулир"}
_MEANS = [
    ("consultations", r"консультаци"),
    ("negotiations", r"келіссөз|переговор"),
    ("diplomatic-channels", r"дипломатиялық\s+арна|дипломатическ\w+\s+канал"),
    ("mediation", r"делдал|посредни"),
    ("conciliation", r"бітімгер|согласительн|примирени"),
    ("arbitration", r"арбитраж|төрелік"),
    ("court", r"\bсот\b|\bсотқа\b|\bсуд\w*"),
]


def _dispute(sentence: str, language: str) -> dict | None:
    if not (wording(_DISPUTE, language).search(sentence) and wording(_SETTLE, language).search(sentence)):
        return None
    found = []
    for name, pattern in _MEANS:
        match = re.search(pattern, sentence, re.I)
        if match:
            found.append((match.start(), name))
    if not found:
        return None
    return {"means": [name for _, name in sorted(found)]}


# --- working language --------------------------------------------------------------------------------------------

_WORKING = {
    "kk": r"(\w+)\s+тілі\b.{0,200}?жұмыс\s+тілі|жұмыс\s+тілі\s+(\w+)\s+тілі"
          r"|(\w+)\s+тілін\s+(?:пайдалан|қолдан)",
    "ru": r"рабоч\w+\s+язык\w*\s+(?:является|являются|будет|служит)\s+(\w+)"
          r"|(\w+)\s+язык\s+(?:является|будет\s+являться)\s+рабоч"
          r"|(?:пользуются|используют|применяют)\s+(\w+)\s+язык(?:ом)?\b",
}


# every _WORKING match names a language: тілі / тілін, язык (a cheap test before the slow pattern)
_WORKING_CUE = re.compile(r"тіл|язык", re.I)


def _working_languages(sentence: str, language: str) -> list[str]:
    codes = []
    if not _WORKING_CUE.search(sentence):
        return codes
    for match in wording(_WORKING, language).finditer(sentence):
        word = next(g for g in match.groups() if g)
        code = next((c for c, p in LANGUAGE_WORDS.items() if re.search(p, word, re.I)), None)
        if code and code not in codes:
            codes.append(code)
    return codes


# --- costs -------------------------------------------------------------------------------------------------------

_COSTS = {"kk": r"шығыс|шығын", "ru": r"расход"}
_OWN = {
    "kk": r"\bдербес\b|өз\s+есебінен|өз\s+қаражаты",
    "ru": r"самостоятельно|за\s+сво\w+\s+сч[её]т|несет\s+сво\w+\s+расход|несут\s+сво\w+\s+расход",
}
_AGREED = {
    "kk": r"(?:уағдаластық|келісім)\w*\s+(?:\w+\s+){0,2}(?:айқындалады|белгіленеді|бөлінеді)",
    "ru": r"(?:договоренност|согласовани|соглашени)\w*.{0,80}(?:распредел|определя)|(?:распредел|определя)\w*.{0,80}"
          r"(?:договоренност|согласовани)",
}


def _costs(sentence: str, language: str) -> dict | None:
    if not wording(_COSTS, language).search(sentence):
        return None
    if wording(_OWN, language).search(sentence):
        return {"borne_by": "each-party"}
    if wording(_AGREED, language).search(sentence):
        return {"borne_by": "as-agreed"}
    return None


# --- non-affection -----------------------------------------------------------------------------------------------

_NOT_AFFECT = {
    "kk": r"(?:құқық|міндет)\w*\s+(?:\w+\s+){0,3}(?:қозғамайды|ықпал\s+етпейді|әсер\s+етпейді|нұқсан\s+келтірмейді)",
    "ru": r"не\s+затрагива(?:ет|ют)\s+(?:\w+\s+){0,2}(?:прав|обязательств)",
}
_SCOPES = [
    ("other-international-treaties", r"халықаралық\s+шарт|международн\w+\s+договор"),
    ("other-international-agreements", r"халықаралық\s+келісім|международн\w+\s+соглашени"),
    ("other-treaties", r"басқа\s+(?:да\s+)?шарт|други\w+\s+договор"),
    ("other-agreements", r"басқа\s+(?:да\s+)?келісім|други\w+\s+соглашени"),
]


def _non_affection(sentence: str, language: str) -> dict | None:
    if not wording(_NOT_AFFECT, language).search(sentence):
        return None
    scope = None
    for name, pattern in _SCOPES:
        match = re.search(pattern, sentence, re.I)
        if match and (scope is None or match.start() < scope[0]):
            scope = (match.start(), name)
    return {"scope": scope[1] if scope else None}


# --- authentic languages -----------------------------------------------------------------------------------------

_EQUAL = re.compile(r"күші\s+бірдей|бірдей\s+күш|тең\s+түпнұсқалы|одинаков\w+\s+сил|равн\w+\s+сил|равно\s+аутентичн"
                    r"|аутентичны|равнозначн", re.I)


def _authentic(closing: ClosingFormula, stated: ClosingFacts) -> Clause:
    values = {"languages": list(stated.languages), "originals": stated.originals,
              "equally_authentic": bool(_EQUAL.search(closing.text)), "prevailing": stated.prevailing}
    return Clause("authentic-languages", closing.eid, values, evidence(closing))


# --- the extractor -----------------------------------------------------------------------------------------------


def _merge_durations(found: list[dict]) -> dict:
    """One duration from the sentences of one provision (a term, then its tacit renewal, in two sentences)."""
    merged = dict(found[0])
    for other in found[1:]:
        for key, value in other.items():
            if isinstance(value, bool):
                merged[key] = merged[key] or value
            elif merged[key] is None:
                merged[key] = value
    return merged


def _clause(kind: str, provision: Provision, values: dict, text: str) -> Clause:
    return Clause(kind, provision.eid, values, evidence(provision.node, eid=provision.eid, text=text))


def extract_clauses(treaty: Treaty, language: str, provision_list: list[Provision] | None = None,
                    closings: list[ClosingFacts] | None = None) -> list[Clause]:
    """Every typed clause of the treaty (and of its protocols), in document order, then the closing formulas.
    ``provision_list``, when given, is ``provisions(treaty)``; ``closings``, what each closing formula states
    (facts.closing.read_closing), in document order."""
    out: list[Clause] = []
    for provision in provisions(treaty) if provision_list is None else provision_list:
        sentences = split_sentences(provision.text)
        ending: list[str] = []
        lasting: list[tuple[str, dict]] = []
        for sentence in sentences:
            found = _entry_into_force(sentence, language)
            if found:
                out.append(_clause("entry-into-force", provision, found, sentence))
            found = _provisional(sentence, language)
            if found:
                out.append(_clause("provisional-application", provision, found, sentence))
            found = _duration(sentence, language)
            if found:
                if not lasting:
                    out.append(_clause("duration", provision, found, sentence))   # its values are merged below
                lasting.append((sentence, found))
            if _is_termination(sentence, language):
                ending.append(sentence)
            found = _amendment(sentence, language)
            if found:
                out.append(_clause("amendment", provision, found, sentence))
            found = _dispute(sentence, language)
            if found:
                out.append(_clause("dispute-settlement", provision, found, sentence))
            for code in _working_languages(sentence, language):
                out.append(_clause("working-language", provision, {"language": code}, sentence))
            found = _costs(sentence, language)
            if found:
                out.append(_clause("costs", provision, found, sentence))
            found = _non_affection(sentence, language)
            if found:
                out.append(_clause("non-affection", provision, found, sentence))
        if lasting:
            index = next(i for i in range(len(out) - 1, -1, -1)
                         if out[i].kind == "duration" and out[i].provision == provision.eid)
            out[index] = _clause("duration", provision, _merge_durations([v for _, v in lasting]),
                                 " ".join(t for t, _ in lasting))
        if ending:
            # the right to terminate and the notice period often stand in two sentences of one paragraph
            text = " ".join(ending)
            out.append(_clause("termination", provision, _termination(text, language), text))
    nodes = [n for n in treaty.walk() if isinstance(n, ClosingFormula)]
    if closings is None:
        closings = [read_closing(node)[0] for node in nodes]
    for closing, stated in zip(nodes, closings):
        out.append(_authentic(closing, stated))
    return out
