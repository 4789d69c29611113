"""Defined terms: the definitions article, "a kind of" links, and where each term is used.

A treaty defines its terms in a list whose intro says that the terms used mean something
(``Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:``, ``используемые термины означают:``;
the wording is in lang/term_wording.py). Each item of the form ``«term» – definition`` gives one
:class:`DefinedTerm`.

Uses are found by morphology, not by substring (lang/morphology.py: every word of a term followed only by an
inflectional ending, ``үкімет`` not found in ``үкіметтік``), and where several defined terms match at one place,
the longest wins: a match contained in the match of a longer defined term does not count (``үкіметтік байланыс``
inside ``мемлекетаралық үкіметтік байланыс``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatykg.facts.provisions import Provision, eid_of, evidence, provisions
from treatykg.facts.types import DefinedTerm
from treatykg.lang.alphabet import has_kazakh_letters
from treatykg.lang.morphology import term_pattern
from treatykg.lang.term_wording import DEFINITION_END, DEFINITIONS_INTRO, KIND_OF
from treatykg.lang.wording import pattern as wording
from treatykg.text.document import ItemList, Treaty

__all__ = ["extract_terms", "definitions_lists", "find_uses"]

# --- the definitions list -----------------------------------------------------------------------------------------

# «term» – definition;  "term" - definition.  An optional list marker (1), а)) may precede the term.
_OPEN_QUOTES = "«\"“„"
_CLOSE_QUOTES = "»\"”“"
_ITEM = re.compile(
    rf"^\s*(?:(?:\d+|[^\W\d_])\)\s*)?"
    rf"[{_OPEN_QUOTES}](?P<term>[^{_OPEN_QUOTES}{_CLOSE_QUOTES}]+?)[{_CLOSE_QUOTES}]"
    rf"\s*[-–—‒]\s*(?P<definition>.+?)\s*$",
    re.S,
)
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # "т.б.", "и т.д.": the dot belongs to the text


def _is_definitions_intro(intro: str) -> bool:
    # language None: the wording of both languages, whatever the treaty's language
    return bool(wording(DEFINITIONS_INTRO, None).search(intro))


def definitions_lists(treaty: Treaty) -> list[ItemList]:
    """Every list of the treaty (body, protocols, annexes) whose intro introduces definitions."""
    return [n for n in treaty.walk() if isinstance(n, ItemList) and _is_definitions_intro(n.intro)]


def _split_item(text: str) -> tuple[str, str] | None:
    m = _ITEM.match(text)
    if not m:
        return None
    term = " ".join(m.group("term").split())
    definition = m.group("definition")
    if not _ABBREVIATION_END.search(definition):
        definition = DEFINITION_END.sub("", definition)
    if not term or not definition:
        return None
    return term, definition


# --- finding uses -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Use:
    term: str
    start: int
    end: int


def find_uses(text: str, patterns: dict[str, re.Pattern]) -> list[Use]:
    """Uses of the defined terms in a text, in text order; a match inside a longer one does not count."""
    found = [Use(term, m.start(), m.end()) for term, pattern in patterns.items() for m in pattern.finditer(text)]
    kept = [u for u in found
            if not any(o is not u and o.start <= u.start and u.end <= o.end and (o.end - o.start) > (u.end - u.start)
                       for o in found)]
    return sorted(kept, key=lambda u: (u.start, -u.end))


def _is_kind_of(definition: str, use: Use, language: str) -> bool:
    """The definition calls it a kind of the used term: the cue stands before the use (ru) or after it (kk)."""
    if language == "ru":
        return bool(wording(KIND_OF, "ru").search(definition[: use.start]))
    return bool(wording(KIND_OF, "kk").match(definition[use.end:]))


def _ordered_unique(values) -> list:
    out: list = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _language(treaty: Treaty, language: str | None) -> str:
    if language in ("kk", "ru"):
        return language
    if treaty.language in ("kk", "ru"):
        return treaty.language
    return "kk" if has_kazakh_letters(treaty.text.lower()) else "ru"


# --- the extractor ------------------------------------------------------------------------------------------------

def extract_terms(treaty: Treaty | None, language: str,
                  provision_list: list[Provision] | None = None) -> list[DefinedTerm]:
    """The defined terms of a treaty, in the order of its definitions, with broader, uses and used_in.

    ``language`` is the language of the version ('kk' or 'ru'); it decides the morphology used to
    find inflected forms. A treaty without a definitions list gives []. ``provision_list``, when given, is
    ``provisions(treaty)``.
    """
    if treaty is None:
        return []
    language = _language(treaty, language)
    units = provisions(treaty) if provision_list is None else provision_list
    by_eid: dict[str, Provision] = {p.eid: p for p in units}

    terms: list[DefinedTerm] = []
    definition_items: set[str] = set()
    for lst in definitions_lists(treaty):
        for item in lst.items:
            prov = by_eid.get(eid_of(item))
            text = prov.text if prov is not None else item.text
            split = _split_item(text)
            if split is None:
                continue
            definition_items.add(eid_of(item))
            term, definition = split
            terms.append(DefinedTerm(term, definition, evidence=evidence(item, eid=item.eid, text=text)))
    if not terms:
        return []

    patterns = {t.term: term_pattern(t.term, language) for t in terms}

    for t in terms:
        uses = [u for u in find_uses(t.definition, patterns) if u.term != t.term]
        t.uses = _ordered_unique(u.term for u in uses)
        t.broader = _ordered_unique(u.term for u in uses if _is_kind_of(t.definition, u, language))

    used_in: dict[str, list[str]] = {t.term: [] for t in terms}
    for prov in by_eid.values():  # provisions() is in document order, and so is this dict
        if prov.eid in definition_items:
            continue
        for term in _ordered_unique(u.term for u in find_uses(prov.text, patterns)):
            used_in[term].append(prov.eid)
    for t in terms:
        t.used_in = list(used_in[t.term])
    return terms
