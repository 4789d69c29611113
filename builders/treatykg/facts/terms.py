"""Defined terms: the definitions article, "a kind of" links, and where each term is used.

A treaty defines its terms in a list whose intro says that the terms used mean something
("The terms used in this Agreement mean:"; both languages' wording is lang/term_wording.DEFINITIONS_INTRO). Each item
of the form ``«term» – definition`` gives one :class:`DefinedTerm`.

Uses are found by morphology, not by substring (lang/morphology.py: every Kazakh word of a term followed only by an
inflectional ending, so "government" is not found in the Kazakh adjective "governmental"; every Russian word in one
of the forms its dictionary gives its own lexeme; the examples are in its docstring), and where several defined
terms match at one place, the longest wins: a match contained in the match of a longer defined term does not count
("government communication" inside "interstate government communication").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatykg.facts.provisions import Provision, articles, eid_of, evidence, provisions
from treatykg.facts.types import DefinedTerm
from treatykg.lang.alphabet import has_kazakh_letters
from treatykg.lang.inflection import instrumental_phrase_nominative
from treatykg.lang.morphology import term_pattern
from treatykg.lang.term_wording import (
    BARE_ITEM_FORM,
    DEFINITION_END,
    DEFINITIONS_HEADING,
    DEFINITIONS_INTRO,
    ITEM_FORMS,
    KIND_OF,
    LIST_POINTER,
    SENTENCE_FORMS,
)
from treatykg.lang.wording import pattern as wording
from treatykg.text.document import ItemList, Node, Text, Treaty

__all__ = ["extract_terms", "definitions_lists", "find_uses", "term_uses"]

# --- where a treaty defines its terms ------------------------------------------------------------------------------

_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # "etc." in either language: the dot belongs to the text
_MAX_BARE_TERM_WORDS = 8  # a term without quotes longer than this is a sentence, not a term
_MAX_BOUNDED_TERM_WORDS = 15


def _is_definitions_intro(intro: str) -> bool:
    # language None: the wording of both languages, whatever the treaty's language
    return bool(wording(DEFINITIONS_INTRO, None).search(intro))


def definitions_lists(treaty: Treaty) -> list[ItemList]:
    """Every list of the treaty (body, protocols, annexes) whose intro introduces definitions."""
    return [n for n in treaty.walk() if isinstance(n, ItemList) and _is_definitions_intro(n.intro)]


def _clean_definition(definition: str) -> str:
    definition = definition.strip()
    if not _ABBREVIATION_END.search(definition):
        definition = DEFINITION_END.sub("", definition)
    return definition.strip()


def _clean_term(term: str) -> str:
    return " ".join(term.split()).strip(" ,")


@dataclass(frozen=True)
class _Split:
    term: str
    definition: str


def _split(match: re.Match, term_groups: tuple[str, ...] = ("term",)) -> _Split | None:
    term = next((match.group(g) for g in term_groups if g in match.groupdict() and match.group(g)), None)
    if term is None:
        return None
    return _Split(_clean_term(term), _clean_definition(match.group("definition") or ""))


def _bare_term_ok(term: str) -> bool:
    """A term without quotes at the head of an item: a few words, no comma."""
    return 0 < len(term.split()) <= _MAX_BARE_TERM_WORDS and "," not in term


def _bounded_term_ok(term: str) -> bool:
    """A term without quotes that a sentence bounds on both sides ("for the purposes of this Agreement, the phrase
    …", "by … is understood"; lang/term_wording.LEAD, TERM_NOUN, MEANS): it may list several words with commas, but
    is not a clause."""
    return 0 < len(term.split()) <= _MAX_BOUNDED_TERM_WORDS


def _item_split(text: str, language: str, bare: bool) -> _Split | None:
    """An item or a paragraph of a definitions article: ``«term» – definition``, ``«term» means …`` (Russian,
    lang/term_wording.MEANS), ``«term» … means`` (Kazakh, MEANS_AT_END); with ``bare``, also ``term – definition``
    without quotes."""
    for form in ITEM_FORMS[language]:
        match = form.match(text)
        if match:
            return _split(match)
    if bare:
        match = BARE_ITEM_FORM.match(text)
        if match and _bare_term_ok(_clean_term(match.group("term"))):
            return _split(match)
    return None


def _sentence_split(text: str, language: str) -> _Split | None:
    """A sentence that defines one term wherever it stands (an explicit "the term «X» means" sentence;
    lang/term_wording.TERM_NOUN)."""
    for form in SENTENCE_FORMS[language]:
        match = form.search(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("inflected") or groups.get("inflected_bare"):  # "by X is understood": X is not in the nominative
            inflected = _clean_term(groups.get("inflected") or groups.get("inflected_bare") or "")
            term = nominative_phrase(inflected, language)
            if term is None or not _bounded_term_ok(term):
                continue
            return _Split(term, _clean_definition(match.group("definition") or ""))
        if groups.get("bare") and not _bounded_term_ok(_clean_term(groups["bare"])):
            continue
        split = _split(match, ("term", "quoted", "bare"))
        if split and split.term:
            return split
    return None


def _points_to_list(definition: str, language: str) -> bool:
    """The definition is "the following": the list after it gives the definition."""
    return not definition or bool(wording(LIST_POINTER, language).fullmatch(definition.rstrip(" :")))


@dataclass
class _Definition:
    term: str
    definition: str
    node: Node | Text
    eid: str
    text: str
    consumed: list[str]  # eIds of the provisions read as this definition


def _definitions_of_article(units: list[Provision], heading: str | None, lists: dict[str, ItemList],
                            by_eid: dict[str, Provision], language: str) -> list[_Definition]:
    """The terms one article (or numbered point) defines.

    An item of a definitions list, a paragraph after a paragraph that introduces definitions, and any provision of
    an article whose heading names definitions are read as definitions; an explicit term sentence is read wherever it
    stands. A definition that is "the following:" is the list after it.
    """
    found: list[_Definition] = []
    heading_context = bool(heading and wording(DEFINITIONS_HEADING, None).search(heading))
    list_items: set[str] = set()     # items of a definitions list
    after_intro = False              # after a paragraph that introduces definitions, until one is not a definition
    consumed: set[str] = set()
    for unit in units:
        if unit.eid in consumed:
            continue
        own_list = lists.get(unit.eid.removesuffix("__intro")) if unit.eid.endswith("__intro") else None
        in_list = unit.eid in list_items
        context = heading_context or after_intro or in_list
        split = _sentence_split(unit.text, language) or (
            _item_split(unit.text, language, bare=context) if context else None)
        if split is not None and own_list is not None and unit.text.rstrip().endswith(":"):
            items = [by_eid[eid_of(item)] for item in own_list.items if eid_of(item) in by_eid]
            if items and _points_to_list(split.definition, language):
                joined = _clean_definition(" ".join(item.text for item in items))
                definition = joined if not split.definition.rstrip(" :") or _points_to_list(
                    split.definition, language) else f"{split.definition} {joined}"
                eids = [unit.eid, *(item.eid for item in items)]
                consumed.update(eids)
                text = " ".join(p.text for p in (unit, *items))
                found.append(_Definition(split.term, definition, own_list, eid_of(own_list), text, eids))
                continue
        if split is not None and split.definition and not _points_to_list(split.definition, language) \
                and not split.definition.endswith(":"):  # a definition that goes on in a list the parser did not see
            found.append(_Definition(split.term, split.definition, unit.node, unit.eid, unit.text, [unit.eid]))
            continue
        if own_list is not None and _is_definitions_intro(unit.text):
            list_items.update(eid_of(item) for item in own_list.items)
            continue
        if own_list is None and not in_list and _is_definitions_intro(unit.text) and unit.text.rstrip().endswith(":"):
            after_intro = True
            continue
        if after_intro and not in_list:
            after_intro = False
    return found


def nominative_phrase(phrase: str, language: str) -> str | None:
    """The nominative of a term the text gives in the instrumental (the Russian "by X is understood",
    lang/term_wording.MEANS); None where it cannot be told."""
    return instrumental_phrase_nominative(phrase) if language == "ru" else None


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

    ``language`` is the language of the version ('kk' or 'ru'); it decides the wording and the morphology used to
    find inflected forms. A treaty that defines no term gives []. ``provision_list``, when given, is
    ``provisions(treaty)``.
    """
    if treaty is None:
        return []
    language = _language(treaty, language)
    units = provisions(treaty) if provision_list is None else provision_list
    by_eid: dict[str, Provision] = {p.eid: p for p in units}
    lists = {n.eid: n for n in treaty.walk() if isinstance(n, ItemList) and n.eid}
    headings = {n.eid: getattr(n, "heading", None) for n in articles(treaty)}
    by_article: dict[str, list[Provision]] = {}
    for unit in units:
        by_article.setdefault(unit.article, []).append(unit)

    terms: list[DefinedTerm] = []
    definition_items: set[str] = set()
    for article, article_units in by_article.items():
        for found in _definitions_of_article(article_units, headings.get(article), lists, by_eid, language):
            if any(t.term == found.term or t.evidence.eid == found.eid for t in terms):
                continue  # one term per label and per passage: the graph names a term by both
            definition_items.update(found.consumed)
            terms.append(DefinedTerm(found.term, found.definition,
                                     evidence=evidence(found.node, eid=found.eid, text=found.text)))
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


def term_uses(treaty: Treaty, terms: list[DefinedTerm], language: str) -> list[Use]:
    """Every use of the defined terms in the treaty, as spans of the normalised text (line by line: a use is never
    split over two lines), in text order; for the Akoma Ntoso ``term`` markup (treatykg.akn). The same morphology as
    ``extract_terms``, which gives only the provisions a term is used in."""
    if not terms:
        return []
    language = _language(treaty, language)
    patterns = {t.term: term_pattern(t.term, language) for t in terms}
    return [Use(use.term, leaf.start + use.start, leaf.start + use.end)
            for leaf in treaty.leaves() for use in find_uses(leaf.value, patterns)]
