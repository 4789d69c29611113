"""The wording and grammar of norms (facts/norms.py): who bears a norm, whether the treaty itself is the subject,
the main clause of a sentence, and the modality its predicate expresses, in Kazakh and in Russian.

Modality. Kazakh is verb-final, so the predicate is the end of the sentence (``kazakh_modality``, with the words
and endings of lang/kk/norms.py); Russian puts it anywhere, relative and conditional clauses set aside
(``russian_modality``, with those of lang/ru/norms.py). Each language's module says which predicate gives which
modality.
The "one Party may" rule keeps the languages in step: ``Taraptardyñ ärqaysysy … toqtata alady`` and
``Kazhdaya iz Storon mozhet prekratit`` are both a right of each party.

Statements. A sentence whose predicate only states a fact gives modality ``statement`` or no modality:
definitions and designations (``… bildiredi``, ``… bolyp tabylady``, ``oznachayut``, ``yavlyaetsya``, ``imeet …
znachenie``), list items without a predicate of their own (Art. 1 definitions, Art. 2 authorities), copular
``bolady`` / ``budut`` + adjective (``khabarlar … qūpiya bolady``), past tense (``paydalandy``).
``about_treaty`` tells a sentence whose subject is the treaty itself or its operation (``Osy Kelisim … küshine
enedi``, ``Kelisimniñ qoldanysy … toqtatylady``, ``Nastoyashchee Soglashenie ne zatragivaet …``) or a ``eshnärse`` /
``Nichto`` clause, and an intro about the treaty (``Osy baptyñ 1-tarmağynyñ erezheleri …:``) whose items are then
statements too. facts/norms.py keeps such a sentence when a modal word gives a Party a permission or right
(``Osy Kelisimniñ qoldanysyn … kez kelgen Tarap toqtatuy mümkin``).

Bearer (``find_bearer``): each-party (``Taraptardyñ ärqaysysy``, ``är/ärbir Tarap``, ``Kazhdaya iz Storon``),
competent-authorities (``(Taraptardyñ) qūzyretti organdary/ūyymdar``, ``kompetentnye organy/organizatsii``), party
(one named party: ``sūrau salynatyn Tarap``, ``kez kelgen Tarap``, ``Zaprashivaemaya Storona``, ``odna iz
Storon``), parties (``Taraptar``, ``Storony``). The bearer is the one named first in the main clause
(``main_clause``: a conditional ``Eger …-sa,`` / ``Esli …,`` is set aside; a Kazakh phrase followed by a
postposition, ``qūzyretti organdary arasynda``, is no subject; Russian ``Storony`` counts only when a plural
predicate follows, since it is also the genitive singular), else the one named first in the whole sentence;
failing that, ``parties_mentioned`` finds any mention of the Parties (``Taraptardyñ özara kelisimi boyynsha …
engizilui mümkin`` -> parties).
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.kk import norms as kk
from treatykg.lang.ru import norms as ru
from treatykg.lang.wording import languages_of

# The bearers that are one Party (each of them, or one named Party): a Party that "may" holds a right.
PARTY_BEARERS = ("each-party", "party")

# --- bearers -----------------------------------------------------------------------------------------------------

POSTPOSITIONS_KK = kk.POSTPOSITIONS
# The bearers in each language, by kind, in the order they are tried: (kind, pattern)
_BEARER_WORDING = {"kk": kk.BEARERS, "ru": ru.BEARERS}
# any mention of the Parties, for a sentence whose subject names nobody
_PARTIES_ANYWHERE_WORDING = {"kk": kk.PARTIES_ANYWHERE, "ru": ru.PARTIES_ANYWHERE}
# compiled once: they are tried on every sentence and on its main clause
BEARERS = {lang: [(kind, re.compile(pattern)) for kind, pattern in kinds] for lang, kinds in _BEARER_WORDING.items()}
# Every match of a language's bearer patterns holds one of its words (keep them in step): a text without any of
# them names no bearer in that language, and is not searched.
BEARER_WORDS = {"kk": kk.BEARER_WORDS, "ru": ru.BEARER_WORDS}
PARTIES_ANYWHERE = {lang: re.compile(pattern) for lang, pattern in _PARTIES_ANYWHERE_WORDING.items()}


RU_PLURAL_PREDICATE = ru.PLURAL_PREDICATE


def russian_subject(text: str, found: re.Match) -> bool:
    """Nominative plural "Storony": a plural predicate follows in the same clause."""
    rest = re.sub(ru.RELATIVE_CLAUSE, "", text[found.end():])
    return any(m.group(0).lower() not in RU_NOT_VERBS or m.group(0).lower() in ru.PLURAL_AUXILIARIES
               for m in RU_PLURAL_PREDICATE.finditer(rest))


def first_bearer(text: str, language: str) -> tuple[str, str, int] | None:
    """(kind, words, position) of the bearer named first in ``text`` (the subject usually comes first in both
    languages)."""
    found = []
    for lang in languages_of(language):
        if not any(word in text for word in BEARER_WORDS[lang]):
            continue
        for kind, pattern in BEARERS[lang]:
            for match in pattern.finditer(text):
                if lang == "ru" and kind == "parties" and not russian_subject(text, match):
                    continue
                found.append((match.start(), kind, match.group(0)))
                break
    if not found:
        return None
    at, kind, words = min(found)
    return kind, words, at


def parties_mentioned(text: str, language: str) -> tuple[str, str, int] | None:
    """("parties", words, position) of the first mention of the Parties in ``text``, in any case."""
    for lang in languages_of(language):
        found = PARTIES_ANYWHERE[lang].search(text)
        if found:
            return "parties", found.group(0), found.start()
    return None


@lru_cache(maxsize=256)  # asked for three or four times per sentence: bearer, fallback, subject
def main_clause(sentence: str) -> str:
    """The sentence without a leading conditional clause ("if …," in either language: kk.CONDITIONAL,
    ru.CONDITIONAL)."""
    text = re.sub(r"^\d+\.\s*", "", sentence)
    text = re.sub(kk.CONDITIONAL, "", text)
    text = re.sub(ru.CONDITIONAL, "", text)
    return text


def find_bearer(sentence: str, language: str) -> tuple[str, str, int] | None:
    """The bearer named in the main clause, else anywhere in the sentence; position is in ``sentence``."""
    main = main_clause(sentence)
    offset = sentence.find(main) if main else 0
    found = first_bearer(main, language)
    if found:
        return found[0], found[1], found[2] + max(offset, 0)
    return first_bearer(sentence, language)


# --- the treaty as subject ---------------------------------------------------------------------------------------

_LEAD_KK = kk.LEAD
_LEAD_RU = ru.LEAD
_TREATY_AS_SUBJECT_WORDING = {"kk": kk.TREATY_AS_SUBJECT, "ru": ru.TREATY_AS_SUBJECT}
TREATY_AS_SUBJECT = {lang: re.compile(pattern) for lang, pattern in _TREATY_AS_SUBJECT_WORDING.items()}


def about_treaty(sentence: str, language: str) -> bool:
    """The subject is the treaty, its provisions or its operation (in the sentence or in its main clause)."""
    main = main_clause(sentence)
    return any(TREATY_AS_SUBJECT[lang].search(text) for lang in languages_of(language) for text in (sentence, main))


# --- Kazakh modality ---------------------------------------------------------------------------------------------

KK_LIGHT_VERBS = kk.LIGHT_VERBS
KK_NOT_VERBS = kk.NOT_VERBS
KK_COPULAS = kk.COPULAS
KK_CAN_CUE = kk.CAN_CUE


def _words(sentence: str) -> list[str]:
    return re.findall(r"[\w-]+", sentence)


_STRONG = ("prohibition", "right", "permission")


def kazakh_modality(sentence: str) -> tuple[str, str] | None:
    """(modality, cue) of a Kazakh sentence: its final predicate, unless an earlier clause closed by a comma ends
    in a modal word (``… engizilui mümkin, olar … resimdeledi``: the amendment may be made)."""
    final = kazakh_predicate(sentence)
    if final and (final[0] in _STRONG or final[1] in kk.MODAL_OBLIGATIONS):
        return final
    for clause in sentence.split(",")[:-1]:
        found = kazakh_predicate(clause)
        if found and (found[0] in _STRONG or found[1] in kk.MODAL_OBLIGATIONS):
            return found
    return final


def kazakh_predicate(sentence: str) -> tuple[str, str] | None:
    """(modality, cue) from the end of a Kazakh clause, ``("statement", …)`` for a copula, or None."""
    words = _words(sentence)
    if not words:
        return None
    last = words[-1].lower()
    prev = words[-2].lower() if len(words) > 1 else ""
    tail = " ".join(words[-3:])
    found = re.search(kk.PROHIBITED, tail)
    if found:
        return "prohibition", found.group(0)
    if last == kk.ENTITLED:
        return "right", words[-1]
    found = re.search(kk.HAS_THE_RIGHT, tail)
    if found:
        return "right", found.group(0)
    if last == kk.NOT and prev == kk.POSSIBLE:
        return "prohibition", f"{kk.POSSIBLE} {kk.NOT}"
    if last == kk.POSSIBLE:
        return "permission", words[-1]
    if last == kk.MUST and re.search(kk.NEGATIVE_VERBAL_NOUN_DATIVE, prev):
        return "prohibition", f"{words[-2]} {words[-1]}"   # must not (do)
    if last in kk.OBLIGATION_WORDS:
        return "obligation", words[-1]
    if prev in kk.OBLIGATION_BEFORE_COPULA and last in kk.COPULA_AFTER_OBLIGATION:
        return "obligation", f"{words[-2]} {words[-1]}"
    if last in (kk.CAN, kk.CANNOT) and re.search(kk.CONVERB_END, prev) and prev not in kk.CONJUNCTIONS:
        return ("right" if last == kk.CAN else "prohibition"), f"{words[-2]} {words[-1]}"
    if last == kk.IS and re.search(kk.FUTURE_PARTICIPLE, prev):
        negative = re.search(kk.NEGATIVE_FUTURE_PARTICIPLE, prev)
        return ("prohibition" if negative else "obligation"), f"{words[-2]} {words[-1]}"
    if last == kk.IS_NOT:
        return "prohibition", words[-1]
    if last in (kk.FALLS_TO, kk.DOES_NOT_FALL_TO) and re.search(kk.DATIVE_END, prev):
        return ("obligation" if last == kk.FALLS_TO else "prohibition"), f"{words[-2]} {words[-1]}"
    if last in KK_COPULAS or (prev == kk.BEING and last == kk.FOUND):
        return "statement", words[-1]
    if last in kk.AGREED:
        return "obligation", words[-1]
    if re.search(kk.NEGATIVE_PRESENT, last):
        cue = f"{words[-2]} {words[-1]}" if last in KK_LIGHT_VERBS or prev == kk.INFLUENCE else words[-1]
        return "prohibition", cue
    if re.search(kk.PRESENT, last) and len(last) > 4 and last not in KK_NOT_VERBS:
        cue = f"{words[-2]} {words[-1]}" if last in KK_LIGHT_VERBS and len(words) > 1 else words[-1]
        return "obligation", cue
    return None


# --- Russian modality --------------------------------------------------------------------------------------------

RU_PROHIBITION = ru.PROHIBITION
RU_RIGHT = ru.RIGHT
RU_OBLIGATION = ru.OBLIGATION
RU_INFINITIVE = ru.INFINITIVE
RU_AGREED = ru.AGREED
RU_WILL = ru.WILL
RU_STATEMENT_VERBS = ru.STATEMENT_VERBS
# words that end like a finite verb and are not one (and the modal verbs, read apart)
RU_NOT_VERBS = ru.NOT_VERBS
RU_PREPOSITIONS = ru.PREPOSITIONS
RU_FINITE = ru.FINITE


def russian_core(sentence: str) -> str:
    """The sentence without relative, conditional and temporal clauses (their verbs are not the predicate)."""
    text = main_clause(sentence)
    text = re.sub(ru.SUBORDINATE_CLAUSE, "", text)
    text = re.sub(r"\([^)]*\)", "", text)
    return text


def russian_modality(sentence: str, bearer_kind: str) -> tuple[str, str] | None:
    """(modality, cue) of a Russian sentence, ``("statement", …)`` for a predicate that states a fact, or None;
    "may" (ru.CAN) + an active infinitive is a right when ``bearer_kind`` is one Party (PARTY_BEARERS)."""
    core = russian_core(sentence)
    found = RU_PROHIBITION.search(core)
    if found:
        return "prohibition", found.group(0)
    found = RU_RIGHT.search(core)
    if found:
        return "right", found.group(0)
    found = RU_OBLIGATION.search(core)
    if found:
        return "obligation", found.group(0)
    found = re.search(ru.CAN, core)
    if found:
        verb = RU_INFINITIVE.search(core, found.end())
        if (verb and verb.group(0) != ru.BE and not verb.group(0).endswith(ru.REFLEXIVE)
                and bearer_kind in PARTY_BEARERS):
            return "right", f"{found.group(0)} {verb.group(0)}"   # one Party may: its right
        return "permission", found.group(0)
    found = RU_AGREED.search(core)
    if found:
        return "obligation", found.group(0)
    found = RU_WILL.search(core)
    if found:
        if re.search(ru.INFINITIVE_END, found.group(1)):
            return "obligation", found.group(0)
        return "statement", found.group(0)
    first = re.match(ru.OPENING_INFINITIVE, core)
    if first:
        return "obligation", first.group(1)
    tokens = re.findall(ru.WORD, core)
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in RU_STATEMENT_VERBS:
            return "statement", token
        if not token[0].islower() and i > 0:
            continue
        if word in RU_NOT_VERBS or not RU_FINITE.match(word):
            continue
        if i > 0 and tokens[i - 1].lower() in RU_PREPOSITIONS:
            continue
        return "obligation", token
    return None


# --- markers -----------------------------------------------------------------------------------------------------

# The marker a provision's text may open with: a point number "1. ", a list marker "1)", a Cyrillic or Latin letter
# and ")", a dash or bullet
OPENING_MARKER = re.compile(rf"^(?:\d+\.\s+|(?:\d+|[{ru.LIST_LETTERS}a-z])\)\s*|[-–—•]\s+)")
