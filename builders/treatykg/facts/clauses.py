"""Typed clauses of a treaty: entry into force, provisional application, duration, termination, amendment,
dispute settlement, working language, authentic languages, costs and non-affection.

Each clause is read from one provision (a paragraph, list intro or list item; ``conclusions`` for the
closing formula) by rules on the Kazakh or Russian wording a lawyer would recognise (the wording is in
lang/clause_wording.py), sentence by sentence, so that one paragraph can hold several clauses (a
Kazakh paragraph saying "This Agreement enters into force ... This Agreement is concluded for an indefinite
term." gives entry into force and duration). What the text does not say stays None: a condition of entry into
force is never turned into a date.

A clause kind read from one sentence is one detector, registered with ``@sentence_detector(kind)`` (or
``@sentence_detector_each(kind)`` where one sentence can state several clauses of the kind): ``extract_clauses``
runs every registered detector on every sentence, in the order they are registered. Each kind's values are one
TypedDict of facts/types.py. Three kinds are read in ``extract_clauses`` itself, because no single sentence decides
them: a duration merges the term and the renewal that several sentences of one provision state, and is dropped
where it is only "in force until a period after a notice" and the treaty states its duration elsewhere; a
termination joins the sentences that give the right and the notice, and may continue into the next paragraph of
its article; the authentic languages come from the closing formula, not from a provision.

``values`` by kind (every value JSON-serialisable):

``entry-into-force``
    ``date`` (ISO, only when the text fixes a calendar date and no condition), ``condition`` (the words of the
    condition as written), ``condition_kind`` (``last-notification`` | ``notification`` | ``signature`` | ``other``
    | None), ``channel`` (``diplomatic`` | None), and ``delay`` only where the text states a period between the
    condition and the entry into force (ISO 8601: ``P60D`` for "60 days after …", ``P30D`` for "on the thirtieth
    day"; lang/clause_wording.ENTRY_INTO_FORCE_DELAY).
``provisional-application``
    ``from`` (``signature`` | ISO date | the words as written), ``until`` (``entry-into-force`` | words | None).
``duration``
    ``indefinite``, ``years``, ``tacit_renewal``, ``renewal_years``, ``until_condition`` (a date or an event as
    written: "until 31 December 2007", "from the moment all obligations are fulfilled"), ``notice``. A notice of
    non-renewal inside a tacit-renewal sentence (7887: unless a party notifies six months before the period
    ends) belongs to the duration, not to a ``termination`` clause: it is the duration's ``notice`` (P6M). A treaty
    that "remains in force until six months from the date of receipt of … notification"
    (lang/clause_wording.UNTIL_NOTICE) and states no term is of
    indefinite duration, with that notice (the same sentence also gives the termination clause); where the treaty
    states its duration elsewhere, that reading adds no second duration clause.
``termination``
    ``by`` (``each-party`` | ``either-party`` | ``parties`` | None), ``how`` (``written-notification`` |
    ``notification`` | None), ``channel``, ``notice`` (ISO 8601 duration, ``P6M``; ``P90D`` for "on the ninetieth
    day"), ``from`` (``receipt`` | ``sending`` | None when the text ties the period to the notification without
    saying which). Terminating, denouncing and a party's withdrawal ("withdraw from the Agreement … six months before
    withdrawing") are termination; a sentence that says when it takes effect ("In that case it ceases to have
    effect six months …", or the next paragraph's "Such denunciation takes effect …") is part of it.
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
    ``borne_by``: ``each-party`` (each party, or the parties "independently" (lang/clause_wording.OWN_COSTS),
    bears its own expenses) or ``as-agreed`` (the sharing of costs is left to agreement).
``non-affection``
    ``scope``: ``other-international-treaties`` | ``other-international-agreements`` | ``other-treaties`` |
    ``other-agreements``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from treatykg.facts.closing import read_closing
from treatykg.facts.provisions import Provision, evidence, provisions
from treatykg.facts.types import (
    AmendmentValues,
    AuthenticLanguagesValues,
    Clause,
    ClauseValues,
    CostsValues,
    DisputeSettlementValues,
    DurationValues,
    EntryIntoForceValues,
    Evidence,
    NonAffectionValues,
    ProvisionalApplicationValues,
    TerminationValues,
    WorkingLanguageValues,
)
from treatykg.facts.types import Closing as ClosingFacts
from treatykg.lang.clause_wording import (
    AFTER_ENTRY_INTO_FORCE_AND_KK,
    AMENDMENT,
    BY_PROTOCOL,
    BY_SEPARATE_PROTOCOLS,
    CONDITION_BOUNDARY,
    CONDITION_FROM_DATE,
    CONDITION_NOTIFICATION,
    CONDITION_OPENING_RU,
    COSTS,
    COSTS_AS_AGREED,
    DEEMED_ENTRY_DATE,
    DEFINITIVE_ENTRY,
    DENOUNCE,
    DIPLOMATIC_CHANNEL,
    DISPUTE,
    DISPUTE_MEANS,
    EACH_PARTY,
    EITHER_PARTY,
    ENDS_ON_EVENT,
    ENTRY_INTO_FORCE_DELAY,
    ENTRY_INTO_FORCE_VERB,
    EQUALLY_AUTHENTIC,
    EXPIRY_OF_PERIOD,
    FROM_RECEIPT,
    FROM_SENDING,
    FROM_THE_DATE,
    INDEFINITE_TERM,
    INTEGRAL_PART,
    LAST_NOTIFICATION,
    MUTUAL_AGREEMENT,
    NON_AFFECTION_SCOPES,
    NOT_AFFECT,
    NOTICE_BEFORE,
    NOTICE_DAY,
    NOTICE_PERIOD,
    NOTIFICATION,
    OWN_COSTS,
    PARTIAL_SCOPE,
    PROVISIONAL_APPLICATION,
    PROVISIONAL_ENTRY,
    PROVISIONAL_FROM,
    PROVISIONAL_UNTIL,
    RATIFICATION_INSTRUMENTS,
    RENEWAL_PERIOD,
    SELF_ANY,
    SELF_GENITIVE_KK,
    SELF_NOMINATIVE,
    SETTLE,
    SIGNATURE,
    TACIT_RENEWAL,
    TERM_YEARS,
    TERM_YEARS_CUE,
    TERMINATE,
    TREATY_OPERATION,
    UNTIL_CONDITION,
    UNTIL_CONDITION_CUE,
    UNTIL_ENTRY_INTO_FORCE,
    UNTIL_NOTICE,
    WITHDRAWAL,
    WORKING_LANGUAGE,
    WORKING_LANGUAGE_CUE,
    WRITTEN_NOTIFICATION,
)
from treatykg.lang.dates import find_dates
from treatykg.lang.numbers import iso_period, number_prefix, ordinal_value, parse_number
from treatykg.lang.sentences import split_sentences
from treatykg.lang.structure import LANGUAGE_WORDS
from treatykg.lang.wording import pattern as wording
from treatykg.text.document import ClosingFormula, Treaty

# Some rules look for the wording of both languages in a sentence of either: they read their table with every language.
_EITHER_LANGUAGE = None
# Some rules match case-sensitively (flags 0 instead of the tables' default re.I).
_CASE_SENSITIVE = 0

# --- the registry of per-sentence detectors ----------------------------------------------------------------------

SentenceDetector = Callable[[str, str], Sequence[ClauseValues]]
# kind -> the clauses of that kind one sentence states (sentence, language). Insertion order (the order of the
# definitions below) is the order in which one sentence's clauses appear in the output, before its duration.
SENTENCE_DETECTORS: dict[str, SentenceDetector] = {}

_Values = TypeVar("_Values", bound=ClauseValues)


def sentence_detector(kind: str) -> Callable[[Callable[[str, str], _Values | None]],
                                             Callable[[str, str], _Values | None]]:
    """Register a detector of clause kind ``kind`` that reads one sentence and returns the clause's values, or None
    where the sentence states no such clause. The function itself is returned unchanged."""
    def register(detect: Callable[[str, str], _Values | None]) -> Callable[[str, str], _Values | None]:
        def each(sentence: str, language: str) -> Sequence[ClauseValues]:
            found = detect(sentence, language)
            return [found] if found else []
        SENTENCE_DETECTORS[kind] = each
        return detect
    return register


def sentence_detector_each(kind: str) -> Callable[[Callable[[str, str], Sequence[_Values]]],
                                                  Callable[[str, str], Sequence[_Values]]]:
    """Register a detector of clause kind ``kind`` that returns one clause's values for each clause one sentence
    states ("in the Russian and English languages": two working languages)."""
    def register(detect: Callable[[str, str], Sequence[_Values]]) -> Callable[[str, str], Sequence[_Values]]:
        SENTENCE_DETECTORS[kind] = detect
        return detect
    return register

# --- entry into force -------------------------------------------------------------------------------------------


@sentence_detector("entry-into-force")
def _entry_into_force(sentence: str, language: str) -> EntryIntoForceValues | None:
    provisional = wording(PROVISIONAL_ENTRY, language)
    verb = next((found for found in wording(ENTRY_INTO_FORCE_VERB, language).finditer(sentence)
                 if not provisional.search(sentence, 0, found.start())), None)
    if not verb:
        deemed = wording(DEEMED_ENTRY_DATE, language).search(sentence)
        return _with_condition(deemed.group("condition").strip(" ,."), language) if deemed else None
    # the treaty itself is the subject (nominative, before the verb); amendments that "enter into force" are not
    own = wording(SELF_NOMINATIVE, language).search(sentence, 0, verb.start())
    if not own and language == "kk":
        # a Kazakh sentence may open with the treaty in the genitive ("for this Protocol's entry into force, the
        # notification necessary …") and name it again before the verb
        own = SELF_GENITIVE_KK.match(sentence)
    if not own:
        return None
    condition = None
    before, after = sentence[own.end():verb.start()], sentence[verb.end():]
    before = wording(DEFINITIVE_ENTRY, language).sub(" ", before)
    if not before.strip() and own.start() > 0:  # the subject stands right before the verb: the condition before it
        before = sentence[:own.start()]
    opening = sentence[:own.start()]   # the words before the subject: "As soon as ..., this Convention ..."
    start_ru = (wording(CONDITION_FROM_DATE, "ru", _CASE_SENSITIVE).search(after)
                or CONDITION_OPENING_RU.match(opening.strip()))
    if start_ru:
        condition = wording(CONDITION_BOUNDARY, "ru", _CASE_SENSITIVE).split(start_ru.group(0))[0]
    else:
        # the subject can stand between the condition and the verb: "after ... deposited, this Convention enters
        # into force for the said governments"
        kk = (wording(CONDITION_FROM_DATE, "kk", _CASE_SENSITIVE).search(before)
              or wording(CONDITION_FROM_DATE, "kk", _CASE_SENSITIVE).search(opening))
        if kk:
            # the last clause before the verb: after a finite verb and "and" (lang/clause_wording.CONDITION_BOUNDARY)
            condition = wording(CONDITION_BOUNDARY, "kk", _CASE_SENSITIVE).split(kk.group(1))[-1]
    condition = condition.strip(" ,.") if condition else None
    date = None
    if not condition:
        # a fixed calendar date: "from 1 January 2002" (lang/clause_wording.FROM_THE_DATE)
        for found in find_dates(sentence):
            if not found.complete:
                continue
            if (wording(FROM_THE_DATE, "ru", _CASE_SENSITIVE).search(sentence[:found.start])
                    and found.start > verb.start()
                    or wording(FROM_THE_DATE, "kk", _CASE_SENSITIVE).match(sentence[found.end:])
                    and found.end <= verb.start()):
                date = found.iso
                break
        if date and wording(ENTRY_INTO_FORCE_DELAY, _EITHER_LANGUAGE).search(sentence):
            date = None  # a period after a date is a condition the graph does not compute
    if not (condition or date):
        return None   # a sentence that names the entry into force but neither a condition nor a date states no clause
    if condition:
        return _with_condition(condition, language)
    return {"date": date, "condition": None, "condition_kind": None, "channel": None}


def _with_condition(condition: str, language: str) -> EntryIntoForceValues:
    channel = "diplomatic" if wording(DIPLOMATIC_CHANNEL, language).search(condition) else None
    values: EntryIntoForceValues = {"date": None, "condition": condition,
                                    "condition_kind": _condition_kind(condition, language), "channel": channel}
    delay = _delay(condition)
    if delay:
        values["delay"] = delay
    return values


def _condition_kind(condition: str, language: str) -> str:
    """The step that decides the entry into force: a notification (the last one, or any) or instruments of
    ratification come after the signature, so a condition that names them with it ("when both Parties have signed it and
    notified each other") is not a condition of signature."""
    if wording(LAST_NOTIFICATION, language).search(condition):
        return "last-notification"
    if wording(CONDITION_NOTIFICATION, language).search(condition):
        return "notification"
    if wording(RATIFICATION_INSTRUMENTS, language).search(condition):
        return "other"
    if wording(SIGNATURE, language).search(condition):
        return "signature"
    return "other"


def _delay(condition: str) -> str | None:
    """The period between the condition and the entry into force, as an ISO 8601 duration (P60D): "60 days
    after …", "on the thirtieth day after …" (lang/clause_wording.ENTRY_INTO_FORCE_DELAY)."""
    found = wording(ENTRY_INTO_FORCE_DELAY, _EITHER_LANGUAGE).search(condition)
    if not found:
        return None
    groups = found.groups()
    number, unit = next(((groups[i], groups[i + 1]) for i in (0, 4) if groups[i]), (None, None))
    if number and unit:
        return iso_period(number, unit)
    ordinal = next((g for g in groups if g), None)
    value = (int(ordinal) if ordinal.isdigit() else ordinal_value(ordinal)) if ordinal else None
    return f"P{value}D" if value else None


# --- provisional application -------------------------------------------------------------------------------------


@sentence_detector("provisional-application")
def _provisional(sentence: str, language: str) -> ProvisionalApplicationValues | None:
    if (not wording(PROVISIONAL_APPLICATION, language).search(sentence)
            or not wording(SELF_ANY, language).search(sentence)):
        return None
    source: str | None
    if wording(SIGNATURE, language).search(sentence):
        source = "signature"
    else:
        dates = [d for d in find_dates(sentence) if d.complete]
        if dates:
            source = dates[0].iso
        else:
            words = wording(PROVISIONAL_FROM, _EITHER_LANGUAGE, _CASE_SENSITIVE).search(sentence)
            source = words.group(0) if words else None
    until: str | None = None
    if wording(UNTIL_ENTRY_INTO_FORCE, language).search(sentence):
        until = "entry-into-force"
    else:
        words = wording(PROVISIONAL_UNTIL, _EITHER_LANGUAGE, _CASE_SENSITIVE).search(sentence)
        until = words.group(0) if words else None
    return {"from": source, "until": until}


# --- duration ----------------------------------------------------------------------------------------------------


def _duration(sentence: str, language: str) -> DurationValues | None:
    tacit = bool(wording(TACIT_RENEWAL, language).search(sentence))
    if not (tacit or wording(SELF_ANY, language).search(sentence)):
        return None
    indefinite = bool(wording(INDEFINITE_TERM, language).search(sentence))
    notice = None
    # in force until a period after a notice to end it: open-ended, unless a term is stated (_merge_durations)
    open_ended = _until_notice(sentence, language)
    if open_ended:
        notice = open_ended
    elif tacit:
        # the notice of non-renewal: "not less than six months before the period expires"
        before = wording(NOTICE_BEFORE, language).search(sentence)
        notice = _period(before) if before else None
    years = None
    # TERM_YEARS and UNTIL_CONDITION are slow: a sentence without their cue word is not searched
    found = (wording(TERM_YEARS, language).search(sentence)
             if wording(TERM_YEARS_CUE, language).search(sentence) else None)
    if found:
        years = parse_number(next(g for g in found.groups() if g))
    until = None
    condition = (wording(UNTIL_CONDITION, language).search(sentence)
                 if wording(UNTIL_CONDITION_CUE, language).search(sentence) else None)
    if condition:
        text = next(g for g in condition.groups() if g).strip(" ,")
        text = AFTER_ENTRY_INTO_FORCE_AND_KK.split(text)[-1]
        if not wording(EXPIRY_OF_PERIOD, _EITHER_LANGUAGE, _CASE_SENSITIVE).search(text):
            until = text
    if not until:
        until = _ends_on_event(sentence, language)
    renewal = None
    if tacit:
        found = wording(RENEWAL_PERIOD, language).search(sentence)
        if found:
            renewal = number_prefix(next(g for g in found.groups() if g))
    if not (indefinite or years or until or tacit or open_ended):
        return None
    return {"indefinite": indefinite, "years": years,
            "tacit_renewal": tacit, "renewal_years": renewal, "until_condition": until, "notice": notice}


def _continued_termination(first: Provision, text: str, then: Provision, sentence: str, language: str) -> Clause:
    joined = f"{text} {sentence}"
    return Clause("termination", first.eid, _termination(joined, language),
                  Evidence(first.eid, first.start, then.end, joined))


def _states_duration(values: DurationValues) -> bool:
    """The sentence states a term, an end, a renewal or an indefinite duration in words, not only that the treaty
    stays in force until a period after a notice."""
    return bool(values["indefinite"] or values["years"] or values["until_condition"] or values["tacit_renewal"])


def _period(found: re.Match) -> str | None:
    """The ISO 8601 duration of a match whose first two groups that matched are a number and its unit."""
    groups = [g for g in found.groups() if g]
    return iso_period(groups[0], groups[1]) if len(groups) >= 2 else None


def _until_notice(sentence: str, language: str) -> str | None:
    """The notice period of a treaty that stays in force until a period after a notification: "remains in force until
    six months from the date of receipt of ... notification" (lang/clause_wording.UNTIL_NOTICE)."""
    found = wording(UNTIL_NOTICE, language).search(sentence)
    if not found or not wording(NOTIFICATION, language).search(sentence):
        return None
    return _period(found)


def _ends_on_event(sentence: str, language: str) -> str | None:
    """The event at which the treaty itself ends, as written ("ceases to have effect from the moment all
    obligations are fulfilled ...", lang/clause_wording.ENDS_ON_EVENT): neither a notice of termination nor an end
    for some matters only ("in respect of ...", lang/clause_wording.PARTIAL_SCOPE)."""
    found = wording(ENDS_ON_EVENT, language).search(sentence)
    if not found or wording(PARTIAL_SCOPE, language).search(sentence):
        return None
    event = found.group(1).strip(" ,")
    return None if wording(NOTIFICATION, language).search(event) else event


# --- termination -------------------------------------------------------------------------------------------------


def _is_termination(sentence: str, language: str) -> bool:
    """The sentence ends the treaty (its operation, by denunciation) or a party's part in it (withdrawal)."""
    if wording(TACIT_RENEWAL, language).search(sentence):
        return False   # the notice of non-renewal is part of the duration
    if wording(WITHDRAWAL, language).search(sentence):
        return True    # the words name the treaty: "withdraw from the Agreement"
    return bool(_ends(sentence, language) and wording(SELF_ANY, language).search(sentence))


def _ends(sentence: str, language: str) -> bool:
    return bool(wording(TERMINATE, language).search(sentence) and wording(TREATY_OPERATION, language).search(sentence)
                or wording(DENOUNCE, language).search(sentence))


def _continues_termination(sentence: str, language: str) -> bool:
    """A sentence right after a termination that says when it takes effect, naming the treaty by a pronoun: "In that
    case it ceases to have effect six months ...", or naming the act: "Such denunciation takes effect six months
    ..."."""
    return _ends(sentence, language) and _notice(sentence, language) is not None


def _termination(text: str, language: str) -> TerminationValues:
    by = None
    if wording(EACH_PARTY, language).search(text):
        by = "each-party"
    elif wording(EITHER_PARTY, language).search(text):
        by = "either-party"
    elif wording(MUTUAL_AGREEMENT, language).search(text):
        by = "parties"
    how = ("written-notification" if wording(WRITTEN_NOTIFICATION, language).search(text)
           else "notification" if wording(NOTIFICATION, language).search(text) else None)
    channel = "diplomatic" if wording(DIPLOMATIC_CHANNEL, language).search(text) else None
    notice = _notice(text, language)
    receipt = wording(FROM_RECEIPT, language).search(text)
    sending = wording(FROM_SENDING, language).search(text)
    source = None
    if receipt and (not sending or receipt.start() < sending.start()):
        source = "receipt"
    elif sending:
        source = "sending"
    return {"by": by, "how": how, "channel": channel, "notice": notice, "from": source}


def _notice(text: str, language: str) -> str | None:
    """The notice period of a termination, as an ISO 8601 duration: the period that follows the word of termination,
    for a sentence that also gives the entry into force names its delay first ("enters into force 60 days …,
    ceases to have effect on the expiry of six months …"); else the last one. A period after the notice ("on the
    expiry of six months", lang/clause_wording.NOTICE_PERIOD), one before the withdrawal ("six months before
    withdrawing", NOTICE_BEFORE) or an ordinal day ("on the ninetieth day", NOTICE_DAY)."""
    found: list[tuple[int, str]] = []
    for table in (NOTICE_PERIOD, NOTICE_BEFORE):
        for match in wording(table, language).finditer(text):
            period = _period(match)
            if period:
                found.append((match.start(), period))
    for match in wording(NOTICE_DAY, language).finditer(text):
        ordinal = next(g for g in match.groups() if g)
        value = int(ordinal) if ordinal.isdigit() else ordinal_value(ordinal)
        if value:
            found.append((match.start(), f"P{value}D"))
    if not found:
        return None
    found.sort()
    ending = (wording(TERMINATE, language).search(text) or wording(DENOUNCE, language).search(text)
              or wording(WITHDRAWAL, language).search(text))
    after = [period for start, period in found if ending and start > ending.start()]
    return after[0] if after else found[-1][1]


# --- amendment ---------------------------------------------------------------------------------------------------


@sentence_detector("amendment")
def _amendment(sentence: str, language: str) -> AmendmentValues | None:
    if not wording(AMENDMENT, language).search(sentence) or not wording(SELF_ANY, language).search(sentence):
        return None
    form = ("separate-protocols" if wording(BY_SEPARATE_PROTOCOLS, language).search(sentence)
            else "protocol" if wording(BY_PROTOCOL, language).search(sentence) else None)
    return {"by_mutual_agreement": bool(wording(MUTUAL_AGREEMENT, language).search(sentence)), "form": form,
            "integral_part": bool(wording(INTEGRAL_PART, language).search(sentence))}


# --- dispute settlement ------------------------------------------------------------------------------------------


@sentence_detector("dispute-settlement")
def _dispute(sentence: str, language: str) -> DisputeSettlementValues | None:
    if not (wording(DISPUTE, language).search(sentence) and wording(SETTLE, language).search(sentence)):
        return None
    found = []
    for name, table in DISPUTE_MEANS:
        match = wording(table, _EITHER_LANGUAGE).search(sentence)
        if match:
            found.append((match.start(), name))
    if not found:
        return None
    return {"means": [name for _, name in sorted(found)]}


# --- working language --------------------------------------------------------------------------------------------


@sentence_detector_each("working-language")
def _working_languages(sentence: str, language: str) -> list[WorkingLanguageValues]:
    """One clause per language named."""
    codes: list[str] = []
    if not wording(WORKING_LANGUAGE_CUE, language).search(sentence):   # a cheap test before the slow pattern
        return []
    for match in wording(WORKING_LANGUAGE, language).finditer(sentence):
        for word in (g for g in match.groups() if g):   # "in the Russian and English languages": two languages
            code = next((c for c, p in LANGUAGE_WORDS.items() if re.search(p, word, re.I)), None)
            if code and code not in codes:
                codes.append(code)
    return [{"language": code} for code in codes]


# --- costs -------------------------------------------------------------------------------------------------------


@sentence_detector("costs")
def _costs(sentence: str, language: str) -> CostsValues | None:
    if not wording(COSTS, language).search(sentence):
        return None
    if wording(OWN_COSTS, language).search(sentence):
        return {"borne_by": "each-party"}
    if wording(COSTS_AS_AGREED, language).search(sentence):
        return {"borne_by": "as-agreed"}
    return None


# --- non-affection -----------------------------------------------------------------------------------------------


@sentence_detector("non-affection")
def _non_affection(sentence: str, language: str) -> NonAffectionValues | None:
    if not wording(NOT_AFFECT, language).search(sentence):
        return None
    scope = None
    for name, table in NON_AFFECTION_SCOPES:
        match = wording(table, _EITHER_LANGUAGE).search(sentence)
        if match and (scope is None or match.start() < scope[0]):
            scope = (match.start(), name)
    return {"scope": scope[1] if scope else None}


# --- authentic languages -----------------------------------------------------------------------------------------


def _authentic(closing: ClosingFormula, stated: ClosingFacts) -> Clause:
    equal = wording(EQUALLY_AUTHENTIC, _EITHER_LANGUAGE).search(closing.text)
    values: AuthenticLanguagesValues = {"languages": list(stated.languages), "originals": stated.originals,
                                        "equally_authentic": bool(equal), "prevailing": stated.prevailing}
    return Clause("authentic-languages", closing.eid, values, evidence(closing))


# --- the extractor -----------------------------------------------------------------------------------------------


def _merge_durations(found: list[DurationValues], sentences: list[str], language: str) -> DurationValues:
    """One duration from the sentences of one provision (a term, then its tacit renewal, in two sentences): a flag
    any sentence sets, each other value from the first sentence that states it. A treaty in force until a period
    after a notice to end it, with no term, renewal or end of its own, is of indefinite duration: "This Agreement
    remains in force until six months from the date of receipt of ... notification"."""
    merged: DurationValues = {
        "indefinite": any(values["indefinite"] for values in found),
        "years": next((values["years"] for values in found if values["years"] is not None), None),
        "tacit_renewal": any(values["tacit_renewal"] for values in found),
        "renewal_years": next((values["renewal_years"] for values in found if values["renewal_years"] is not None),
                              None),
        "until_condition": next((values["until_condition"] for values in found
                                 if values["until_condition"] is not None), None),
        "notice": next((values["notice"] for values in found if values["notice"] is not None), None),
    }
    if (not (merged["years"] or merged["until_condition"] or merged["tacit_renewal"])
            and any(_until_notice(sentence, language) for sentence in sentences)):
        merged["indefinite"] = True
    return merged


def _clause(kind: str, provision: Provision, values: ClauseValues, text: str) -> Clause:
    return Clause(kind, provision.eid, values, evidence(provision.node, eid=provision.eid, text=text))


def extract_clauses(treaty: Treaty, language: str, provision_list: list[Provision] | None = None,
                    closings: list[ClosingFacts] | None = None) -> list[Clause]:
    """Every typed clause of the treaty (and of its protocols), in document order, then the closing formulas.
    ``provision_list``, when given, is ``provisions(treaty)``; ``closings``, what each closing formula states
    (facts.closing.read_closing), in document order."""
    out: list[Clause] = []
    open_ended_only: list[Clause] = []   # durations read only from "in force until six months after a notice"
    # the termination clause of the provision just read, which the next paragraph of its article may continue
    previous: tuple[Provision, str] | None = None
    for provision in provisions(treaty) if provision_list is None else provision_list:
        sentences = split_sentences(provision.text)
        ending: list[str] = []
        lasting: list[tuple[str, DurationValues]] = []
        carried, previous = previous, None
        if (carried and sentences and carried[0].article == provision.article
                and not _is_termination(sentences[0], language) and _continues_termination(sentences[0], language)):
            # "1. Any Party may denounce this Convention … 2. Such denunciation takes effect six months …": one
            # termination, stated by the provision that gives the right
            out[-1] = _continued_termination(carried[0], carried[1], provision, sentences[0], language)
        for sentence in sentences:
            for kind, detect in SENTENCE_DETECTORS.items():
                out.extend(_clause(kind, provision, values, sentence) for values in detect(sentence, language))
            # a duration's term and its renewal can stand in two sentences of one provision: one clause, merged below
            lasting_here = _duration(sentence, language)
            if lasting_here:
                if not lasting:
                    out.append(_clause("duration", provision, lasting_here, sentence))
                lasting.append((sentence, lasting_here))
            # the right to terminate and its notice period can stand in two sentences, or two paragraphs: read below
            if _is_termination(sentence, language) or ending and _continues_termination(sentence, language):
                ending.append(sentence)
        if lasting:
            index = next(i for i in range(len(out) - 1, -1, -1)
                         if out[i].kind == "duration" and out[i].provision == provision.eid)
            merged = _merge_durations([v for _, v in lasting], [t for t, _ in lasting], language)
            out[index] = _clause("duration", provision, merged, " ".join(t for t, _ in lasting))
            if not any(_states_duration(v) for _, v in lasting):
                open_ended_only.append(out[index])
        if ending:
            # the right to terminate and the notice period often stand in two sentences of one paragraph
            text = " ".join(ending)
            out.append(_clause("termination", provision, _termination(text, language), text))
            previous = (provision, text) if sentences and ending[-1] == sentences[-1] else None
    if any(c.kind == "duration" and not any(c is o for o in open_ended_only) for c in out):
        # the treaty states its duration elsewhere: the open-ended reading adds nothing to it; the notice stays with
        # the termination clause of the same sentence
        out = [c for c in out if not any(c is o for o in open_ended_only)]
    nodes = [n for n in treaty.walk() if isinstance(n, ClosingFormula)]
    if closings is None:
        closings = [read_closing(node)[0] for node in nodes]
    for closing, stated in zip(nodes, closings, strict=True):
        out.append(_authentic(closing, stated))
    return out
