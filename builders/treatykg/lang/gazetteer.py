"""States and places as Kazakh and Russian texts name them, with the identifiers the graph links to.

States: every country of ISO 3166-1 (pycountry), under its names in Russian and Kazakh from the Unicode CLDR (Babel's
``Locale("ru").territories``, ``Locale("kk").territories``), and the forms treaties use that CLDR lacks
(lang/state_names.py: official long forms, old names, abbreviations, Kazakh spellings, adjectives of side
designations). Codes are ISO 3166-1 alpha-3, as the EU country authority table uses them; Wikidata ids only where
they are certain. Names are found in every case form, word by word (lang/names.py): Russian names inflected by a
real dictionary (lang/inflection.py), Kazakh names with any ending on their last word.

API: ``state_mentions(text)`` (every state a text names, earliest first, one mention per state), ``BY_CODE`` (a
state's entry by its code), ``place_name(as_written, language, inflected)`` (a place in the nominative of the
text's language, and what the gazetteer knows of it), ``normalise_place(name)`` (a place's identity, whatever
language or spelling names it). The tables are compiled once per process, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from treatykg.lang.alphabet import CYR_UPPER
from treatykg.lang.inflection import (
    adjective_forms,
    case_forms,
    kazakh_place_stem,
    lexeme_forms,
    russian_place_nominative,
    without_possessive,
)
from treatykg.lang.names import Name, NameMatcher, StatehoodNouns, fold, split_name
from treatykg.lang.place_names import CITIES, CITY_STATES
from treatykg.lang.ru import alphabet as ru_alphabet
from treatykg.lang.ru import states as ru_states
from treatykg.lang.state_names import (
    ADJECTIVES,
    COORDINATORS,
    EXTRA_NAMES,
    HISTORICAL,
    NAMES_EN,
    NOT_NAMES_ALONE,
    STATEHOOD_NOUNS,
    WIKIDATA,
)

LANGUAGES = ("kk", "ru")


@dataclass(frozen=True)
class StateEntry:
    code: str                                   # ISO 3166-1 alpha-3
    name_en: str
    wikidata: str | None
    names: tuple[tuple[str, str], ...] = ()     # (language, name) as texts write them


# CLDR abbreviates "ostrova" and "ostrov" ("Solomonovy o-va"), and adds a note in parentheses ("Gonkong (SAR)").
_CLDR_ABBREVIATIONS = tuple((re.compile(pattern), written_out) for pattern, written_out in ru_states.CLDR_ABBREVIATIONS)


def _cldr_name(name: str) -> str:
    for pattern, replacement in _CLDR_ABBREVIATIONS:
        name = pattern.sub(replacement, name)
    return name.strip()


def _english_name(country) -> str:
    common = getattr(country, "common_name", None)
    if common:
        return common
    return country.name if "," not in country.name else getattr(country, "official_name", country.name)


def _states() -> tuple[StateEntry, ...]:
    import pycountry
    from babel import Locale

    territories = {language: Locale(language).territories for language in LANGUAGES}
    entries = []
    for country in pycountry.countries:
        code = country.alpha_3
        names = [(language, _cldr_name(territories[language][country.alpha_2])) for language in LANGUAGES
                 if country.alpha_2 in territories[language]]
        names = [(language, name) for language, name in names if name not in NOT_NAMES_ALONE[language]]
        names += [(language, name) for language in LANGUAGES for name in EXTRA_NAMES[language].get(code, ())]
        entries.append(StateEntry(code, NAMES_EN.get(code) or _english_name(country), WIKIDATA.get(code),
                                  tuple(dict.fromkeys(names))))
    for code in sorted(HISTORICAL):
        names = [(language, name) for language in LANGUAGES for name in EXTRA_NAMES[language].get(code, ())]
        entries.append(StateEntry(code, NAMES_EN[code], WIKIDATA.get(code), tuple(names)))
    return tuple(entries)


STATES = _states()
BY_CODE = {entry.code: entry for entry in STATES}


def name_of(key: str, name: str, language: str) -> Name:
    """A name as the matcher reads it: Russian words with their case forms, a Kazakh last word with any ending."""
    words = split_name(name)
    if language == "kk":
        forms = [{fold(word)} for word in words]
        if len(words) > 1:  # "Ūyymy", "Keñesi": the head noun also takes endings without its possessive ("Ūyymğa")
            forms[-1].add(without_possessive(fold(words[-1])))
        return Name(key, tuple(frozenset(f) for f in forms), kazakh=True)
    return Name(key, tuple(frozenset(fold(form) for form in case_forms(word)) | {fold(word)} for word in words))


def _statehood_nouns() -> StatehoodNouns:
    russian: set[str] = set()
    for word in STATEHOOD_NOUNS["ru"]:
        forms = lexeme_forms(word, "ADJF" if word.endswith(ru_states.ADJECTIVE_ENDINGS) else "NOUN") | {word}
        russian.update(fold(form) for form in forms)
    return StatehoodNouns(frozenset(russian), frozenset(fold(word) for word in STATEHOOD_NOUNS["kk"]),
                          frozenset(word for language in LANGUAGES for word in COORDINATORS[language]))


@cache
def state_matcher() -> NameMatcher:
    """The names of every state, compiled once."""
    names = [name_of(entry.code, name, language) for entry in STATES for language, name in entry.names]
    for code, lemmas in ADJECTIVES["ru"].items():
        names += [Name(code, (frozenset(fold(form) for form in adjective_forms(lemma)),), adjective=True)
                  for lemma in lemmas]
    for code, words in ADJECTIVES["kk"].items():
        names += [Name(code, (frozenset({fold(word)}),), adjective=True) for word in words]
    return NameMatcher(names, _statehood_nouns())


@dataclass(frozen=True)
class StateMention:
    """A state named in a text: its entry, and where and how the text names it."""

    entry: StateEntry
    start: int
    as_written: str


def state_mentions(text: str) -> list[StateMention]:
    """Every state named in ``text``, the earliest first (one mention per state)."""
    return [StateMention(BY_CODE[m.key], m.start, m.as_written) for m in state_matcher().first_mentions(text)]


@cache
def _russian_adjectives() -> dict[str, str]:
    """Every form of every Russian state adjective ("rossiyskogo", "kazakhstanskaya"), folded, with its state."""
    return {fold(form): code for code, lemmas in ADJECTIVES["ru"].items() for lemma in lemmas
            for form in adjective_forms(lemma) | {lemma}}


def adjective_state(name: str) -> StateEntry | None:
    """The state whose adjective opens a Russian name of a body ("Rossiyskiy Rechnoy Registr", "Kazakhstanskoe
    agentstvo …"): a body so named is that state's own. Only the first word counts: an adjective further in
    qualifies something else ("Agentstvo po rossiysko-kazakhstanskim svyazyam")."""
    words = name.split(maxsplit=1)
    code = _russian_adjectives().get(fold(words[0])) if words else None
    return BY_CODE[code] if code else None


# --- places -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlaceEntry:
    name_en: str
    wikidata: str | None
    names: tuple[tuple[str, str], ...]   # (language, nominative)
    variants: tuple[str, ...] = ()       # other spellings, in either language

    def name(self, language: str) -> str:
        return dict(self.names).get(language) or dict(self.names)["ru"]


PLACES = tuple(PlaceEntry(name_en, wikidata, (("kk", kk), ("ru", ru)), variants)
               for name_en, wikidata, kk, ru, variants in CITIES)


@cache
def _known_places() -> dict[str, PlaceEntry]:
    """Every spelling of every known place, folded, with the Russian case forms of each ("Moskve", "Bishkeke")."""
    known: dict[str, PlaceEntry] = {}
    for entry in PLACES:
        spellings = [name for _, name in entry.names] + list(entry.variants)
        for spelling in spellings:
            known.setdefault(fold(spelling), entry)
            for form in case_forms(spelling):
                known.setdefault(fold(form), entry)
    return known


@dataclass(frozen=True)
class PlaceName:
    """A place as the graph names it."""

    nominative: str               # in the language of the text
    key: str                      # its identity: the English name of a known place, else the nominative
    entry: PlaceEntry | None      # what the gazetteer knows of it

    @property
    def wikidata(self) -> str | None:
        return self.entry.wikidata if self.entry else None


def _recased(lemma: str, written: str) -> str:
    """The dictionary's lower-case lemma with the capitals of the word as written ("ulan-bator", "Ulan-Batore" ->
    "Ulan-Bator"); yo stays e where the text writes e."""
    if ru_alphabet.YO not in written.lower():
        lemma = lemma.replace(ru_alphabet.YO, ru_alphabet.E)
    parts, written_parts = lemma.split("-"), written.split("-")
    if len(parts) != len(written_parts):
        return lemma[:1].upper() + lemma[1:]
    return "-".join(part[:1].upper() + part[1:] if original[:1].isupper() else part
                    for part, original in zip(parts, written_parts, strict=True))


def place_name(as_written: str, language: str, inflected: bool = True) -> PlaceName:
    """A place of signing in the nominative of ``language``, whatever case the text puts it in: a known place under
    the gazetteer's name ("Bishkeke", "Bishkekte" -> Bishkek, "Bishkek"/"Bishkek"), another one lemmatised ("v Gaze" ->
    "Gaza" by the Russian dictionary, "Gazada" -> "Gaza" without the Kazakh locative). ``inflected`` says that the
    text may put the name in a case (``v Minske``, ``Minskide``); after ``qalasynda`` it is already a nominative."""
    written = as_written.strip()
    known = _known_places()
    entry = known.get(fold(written))
    nominative = written
    if entry is None and inflected:
        if language == "kk":
            nominative = kazakh_place_stem(written)
        else:
            lemma = russian_place_nominative(written)
            nominative = _recased(lemma, written) if lemma else written
        entry = known.get(fold(nominative))
    if entry is not None:
        return PlaceName(entry.name(language), entry.name_en, entry)
    return PlaceName(nominative, nominative, None)


def normalise_place(name: str) -> tuple[str, str | None]:
    """(identity, wikidata id) of a place named in the nominative in any language or spelling: the English name of
    a known place ("Bishkek", "Bishkek" -> "Bishkek"), else the name itself."""
    entry = _known_places().get(fold(name.strip()))
    return (entry.name_en, entry.wikidata) if entry else (name.strip(), None)


_CAPITALISED_WORD = re.compile(rf"(?<![\w.-])[{CYR_UPPER}][\w-]+")


def city_state(name: str, language: str) -> tuple[StateEntry, str] | None:
    """The state of the first known city a name names, and the city's word ("Bank Khandlevy v Varshave", "Varshavadağy
    … banki": Poland)."""
    by_code = {entry.code: entry for entry in STATES}
    for word in _CAPITALISED_WORD.findall(name):
        place = place_name(word, language)
        code = CITY_STATES.get(place.key) if place.entry is not None else None
        if code in by_code:
            return by_code[code], word
    return None
