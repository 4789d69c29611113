"""The gold fields that ``treatykg evaluate`` scores: for each, how its gold value is read from a gold file, how the
graph's value is read from a :class:`~treatykg.evaluation.reading.Reading`, and when the two are the same.

A gold value of None means the text does not state it (the graph must not state it either). Free-text gold
values are scored only through what can be checked mechanically (a kind of condition, a period); the gold keys
that are not scored at all are listed in UNSCORED with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pycountry

from treatykg.evaluation.reading import Item, Reading
from treatykg.lang.comparison import fold, fold_words
from treatykg.lang.gazetteer import normalise_place


@dataclass(frozen=True)
class Field:
    """A value-valued field: one check per document."""

    name: str
    group: str                                    # structure | act | treaty
    gold: Callable[[dict], Any]                # None: the text does not state it
    read: Callable[[Reading], Any]
    same: Callable[[Any, Any], bool] = lambda gold, read: gold == read
    query: str = ""                               # the query of queries/evaluate that reads it


@dataclass(frozen=True)
class SetField:
    """A set-valued field: one check per gold item and per item the graph adds (precision and recall)."""

    name: str
    group: str
    gold: Callable[[dict], list[Item] | None]     # None: the gold file does not list this set
    same: Callable[[Item, Item], bool]            # the graph's item is the gold item
    near: Callable[[Item, Item], bool]            # an item the graph names differently (WRONG, not missing)
    agree: Callable[[Item, Item], bool]           # the attributes of two same items agree
    ignore: Callable[[dict, Item], bool] = lambda gold, item: False  # a graph item the gold neither lists nor denies
    query: str = ""


# --- reading gold values ------------------------------------------------------------------------------------------

DESCRIBED = "PartiesDescription"  # the kind of the row an open treaty's description of its parties gives

def path(*keys: str) -> Callable[[dict], Any]:
    """The value at ``keys`` in a gold file; None where any level is missing or null."""
    def get(gold: dict):
        value: Any = gold
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value
    return get


def treaty_value(key: str, convert: Callable[[Any], Any] = lambda v: v) -> Callable[[dict], Any]:
    def get(gold: dict):
        treaty = gold.get("treaty")
        if not isinstance(treaty, dict) or treaty.get(key) is None:
            return None
        return convert(treaty[key])
    return get


def alpha3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-2 (gold) as alpha-3 (the graph's state IRIs); an unknown code is kept."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country else code.upper()


def language3(code: str) -> str:
    """ISO 639-1 (gold) as the EU language authority's code: ISO 639-2/T (terminology), upper case (French is FRA,
    not the bibliographic FRE)."""
    language = pycountry.languages.get(alpha_2=code.lower())
    return language.alpha_3.upper() if language is not None else code.upper()


def languages(value: Any) -> list[str] | None:
    if value is None:
        return None
    codes = [value] if isinstance(value, str) else list(value)
    return sorted(language3(code) for code in codes) or None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def named_languages(value: Any) -> list[str] | None:
    """Gold's languages as codes, or, where gold describes them in prose ("correspondence between the Parties in
    Russian; customs documents … in Russian and English (Art. 12)"), the languages the prose names, which is what can
    be checked mechanically ("the state languages of the Parties" names none)."""
    if not isinstance(value, str) or len(value) <= 3:
        return languages(value)
    found = {language.alpha_3.upper() for word in _CAPITALISED.findall(value)
             if (language := pycountry.languages.get(name=word)) is not None and hasattr(language, "alpha_2")}
    return sorted(found) or None


_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def period(value: str | None) -> str | None:
    """An ISO 8601 period with years folded into months (P1Y and P12M are one period)."""
    if not value:
        return None
    match = _DURATION.match(value.strip())
    if not match:
        return value.strip()
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    months += 12 * years
    days += 7 * weeks
    return "P" + (f"{months}M" if months else "") + (f"{days}D" if days else "") if months or days else "P0D"


def place_key(value: str | None) -> str | None:
    """A place by identity: the gazetteer's name for a place it knows, else the name (a nominative) itself. A place
    labelled in both languages of one graph (a Kazakh act quoting a Russian closing formula) is one place when its
    labels name one place."""
    if not value:
        return None
    keys = {fold(normalise_place(part.strip())[0]) or "" for part in value.split(" | ")}
    return keys.pop() if len(keys) == 1 else " | ".join(sorted(keys))


def act_type(value: str | None) -> str | None:
    return {"government decree": "GovernmentResolution", "law": "Law", "supreme council decree": "ParliamentResolution",
            "presidential decree": "PresidentialDecree"}.get(value or "", value)


def relations(value: str | None) -> list[str] | None:
    """The relations that a gold ``relation_to_treaty`` names, as the graph's properties."""
    if not value:
        return None
    found = set()
    if "ratif" in value:
        found.add("ratifies")
    if "approves draft" in value:
        found.add("approvesDraft")
    elif "approves" in value:
        found.add("approves")
    if "authorises" in value:
        found.add("authorises")
    if "concludes" in value and "authorises" not in value:
        found.add("concludes")
    return sorted(found) or [value]


def condition_kind(value: str | None) -> str | None:
    """The kind of an entry-into-force condition in gold's words: notification, signature or other."""
    if not value:
        return None
    # the graph's notifications include "the Parties inform each other" and an exchange of (diplomatic) notes
    if re.search(r"notif|notice|\binform|\bnotes?\b", value):
        return "notification"
    if re.search(r"\bsign(?:s|ed|ing|ature)?\b", value):   # not "signatory governments": who, not when
        return "signature"
    return "other"


def read_condition_kind(reading: Reading) -> str | None:
    kind = reading.get("treaty.eif.condition_kind")
    if not kind:
        return None
    return " | ".join(sorted({"notification" if "notification" in k else k for k in str(kind).split(" | ")}))


_DELAY_PERIOD = re.compile(r"\b(\d+)\s+(day|week|month|year)s?\s+(?:after|from|following)\b")
_DELAY_ORDINAL = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(first|tenth|fifteenth|twentieth|thirtieth|sixtieth|ninetieth))"
                            r"\s+day\s+(?:after|from|following)\b")
_ORDINAL_WORDS = {"first": 1, "tenth": 10, "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "sixtieth": 60,
                  "ninetieth": 90}


def condition_delay(value: str | None) -> str | None:
    """The period a gold condition of entry into force puts before the entry into force: "60 days after …" P60D,
    "30th day after …" or "on the thirtieth day after …" P30D; a condition without a period None."""
    if not value:
        return None
    period_found = _DELAY_PERIOD.search(value)
    if period_found:
        return period(f"P{period_found.group(1)}{period_found.group(2)[0].upper()}")
    ordinal = _DELAY_ORDINAL.search(value)
    if ordinal:
        return f"P{ordinal.group(1) or _ORDINAL_WORDS[ordinal.group(2)]}D"
    return None


def duration_kind(value: str | None) -> str | None:
    """A gold duration as indefinite, a term of years (P5Y) or conditional (until a date or an event)."""
    if not value:
        return None
    if value.startswith("indefinite"):
        return "indefinite"
    years = re.match(r"(\d+) years?", value)
    if years:
        return f"P{years.group(1)}Y"
    if re.search(r"\buntil\b|\bwhile\b|fixed term", value):
        return "conditional"
    return "other"


def external_act_value(key: str) -> Callable[[dict], Any]:
    """The act's date or number: as its text states it, else as its metadata file does (the graph takes it from
    there, marked editorial). The national database's page is not an input, so its values are not expected."""
    def get(gold: dict):
        act = gold.get("act") or {}
        if act.get(key):
            return act[key]
        external = act.get("external_metadata") or {}
        return external.get(key) if "meta.yaml" in str(external.get("source", "")) else None
    return get


def person(role_key: str, attribute: str) -> Callable[[dict], Any]:
    def get(gold: dict):
        value = path("act", role_key)(gold)
        return value.get(attribute) if isinstance(value, dict) else None
    return get


def same_text(gold: Any, read: Any) -> bool:
    """Equal after fair normalisation; a gold value may list alternatives (the clean and the printed form)."""
    alternatives = gold if isinstance(gold, list) else [gold]
    readings = read if isinstance(read, list) else str(read).split(" | ")
    return any(fold(str(a)) == fold(str(r)) for a in alternatives for r in readings)


def with_as_written(*keys: str) -> Callable[[dict], Any]:
    """A text value and its ``*_as_written`` form, either of which the graph may hold."""
    def get(gold: dict):
        owner = path(*keys[:-1])(gold) if len(keys) > 1 else gold
        if not isinstance(owner, dict) or owner.get(keys[-1]) is None:
            return None
        values = [owner[keys[-1]]]
        written = owner.get(f"{keys[-1]}_as_written")
        return values + [written] if written else values
    return get


def read_text_or_list(name: str) -> Callable[[Reading], Any]:
    def get(reading: Reading):
        value = reading.get(name)
        return value or None
    return get


def structure(key: str) -> Callable[[dict], Any]:
    return treaty_value(key)


def read_structure(name: str) -> Callable[[Reading], Any]:
    def get(reading: Reading):
        return reading.get(name) if reading.get("treaty.present") else None
    return get


def annex_articles(gold: dict):
    annexes = treaty_value("protocols_or_annexes")(gold)
    if not annexes:
        return None
    return [annex.get("articles") for annex in annexes]


def numbered_points(gold: dict):
    treaty = gold.get("treaty")
    return treaty.get("numbered_points") or None if isinstance(treaty, dict) else None


def party_states(gold: dict):
    parties = treaty_value("parties")(gold)
    return sorted(alpha3(p.get("state_iso2")) or "?" for p in parties) if parties else None


def named_parties(reading: Reading) -> list:
    """The parties the graph names (an open treaty's description of its parties is none of them)."""
    return [item for item in reading.items.get("treaty.parties") or [] if item.values.get("kind") != DESCRIBED]


def read_party_states(reading: Reading):
    # gold lists an open treaty's description among its parties, with no state ("?"), as the graph's row gives it
    items = reading.items.get("treaty.parties") or []
    return sorted(item.values.get("state") or "?" for item in items) or None


def level(value: str | None) -> str | None:
    """The level a gold "kind" states, however it is spelt ("inter-agency" is "interagency")."""
    if not value:
        return None
    value = value.replace("-", "", 1) if value.startswith("inter-") else value
    for word in ("interstate", "intergovernmental", "interagency"):
        if value.startswith(word):
            return word
    return None


def read_level(reading: Reading) -> str | None:
    kinds = {item.values.get("kind") for item in named_parties(reading)}
    if not kinds:
        return None
    if kinds <= {"State"}:
        return "interstate"
    if kinds <= {"Government", "NationalBank"}:
        return "intergovernmental"
    if kinds <= {"Ministry", "Agency"}:
        return "interagency"
    return "mixed"


# --- set-valued gold ----------------------------------------------------------------------------------------------

def gold_parties(gold: dict) -> list[Item] | None:
    parties = treaty_value("parties")(gold)
    if parties is None:
        return None
    return [Item(p.get("label") or "", {"state": alpha3(p.get("state_iso2")),
                                        "as_written": p.get("label_as_written") or p.get("name_as_written")})
            for p in parties]


def gold_authorities(gold: dict) -> list[Item] | None:
    authorities = treaty_value("competent_authorities")(gold)
    if authorities is None:
        return None
    return [Item(a.get("label") or "", {"state": alpha3(a.get("party_iso2")),
                                        "as_written": a.get("label_as_written")})
            for a in authorities]


def gold_terms(gold: dict) -> list[Item] | None:
    terms = treaty_value("definitions")(gold)
    if terms is None:
        return None
    return [Item(t.get("term") or "", {"starts": t.get("starts")}) for t in terms]


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def gold_citations(gold: dict) -> list[Item] | None:
    """The cited treaties; gold's one entry of two dates ("1995-01-06 and 1995-01-20": "the agreements … of 6 and 20
    January 1995") cites two treaties, one of each date, as the graph does. A range of days ("2000-04-20/21": the
    days a meeting was held) is no date of signing, which is all the graph claims (a complete date)."""
    cited = treaty_value("referenced_treaties")(gold)
    if cited is None:
        return None
    return [Item(c.get("title") or "", {"date": date if date and _FULL_DATE.match(date) else None,
                                        "as_written": c.get("title_quote")})
            for c in cited for date in (c["date"].split(" and ") if c.get("date") else [None])]


def label_key(item: Item) -> Any:
    return fold(item.key)


def names_of(item: Item) -> list[str]:
    """An item's name and the other names the graph gives it in the same language version."""
    others = item.values.get("other names")
    return [item.key, *(others.split(" | ") if others else [])]


def label_match(gold: Item, read: Item) -> bool:
    """The graph names the item as the gold does (its label or its printed form), under any of its names."""
    wanted = {fold(value) for value in (gold.key, gold.values.get("as_written")) if value}
    return any(fold(name) in wanted for name in names_of(read))


def same_state(gold: Item, read: Item) -> bool:
    return bool(gold.values.get("state")) and gold.values.get("state") == read.values.get("state")


def state_agrees(gold: Item, read: Item) -> bool:
    return not gold.values.get("state") or gold.values.get("state") == read.values.get("state")


def definition_agrees(gold: Item, read: Item) -> bool:
    starts = fold(gold.values.get("starts"))
    definition = fold(read.values.get("definition")) or ""
    return not starts or definition.startswith(starts)


def inline_term(gold: dict, item: Item) -> bool:
    """A term the gold lists among the inline "hereinafter" terms: stated by the text, not a definition."""
    inline = treaty_value("inline_defined_terms")(gold) or []
    return any((fold(item.key) or "") in (fold(str(entry)) or "") for entry in inline)


def titles_overlap(gold: Item, read: Item) -> bool:
    """Two wordings of one cited title (the citing text inflects it): most of the shorter one's words, stem by
    stem, are in the other."""
    ours, theirs = ({word[:5] for word in fold_words(text)} for text in (gold.key, read.key))
    shorter = min(len(ours), len(theirs)) or 1
    return len(ours & theirs) / shorter >= 0.6


def same_citation(gold: Item, read: Item) -> bool:
    """One cited treaty: the same date of signing, or (where either has none) the same title. A treaty that gold
    leaves unnamed (an empty title) is given by the passage that cites it ("in accordance with Article 2 of the
    Agreement"): the graph's citation is that one when the passage holds its title (the head noun, from the start
    of a word)."""
    if gold.values.get("date") and read.values.get("date"):
        return gold.values["date"] == read.values["date"]
    if not gold.key and gold.values.get("as_written"):
        title, passage = fold(read.key), fold(gold.values["as_written"]) or ""
        return bool(title) and re.search(rf"(?<!\w){re.escape(title or '')}", passage) is not None
    return label_match(gold, read) or same_but_head_ending(gold.key, read.key)


def same_but_head_ending(gold: str, read: str) -> bool:
    """One title but for the ending of its last word: the graph keeps a Kazakh title without its head noun's ending
    (a delegation's "protocol" with no ending, read from the dative "to the delegation's protocol"), gold writes
    it in the nominative, with its possessive ending."""
    ours, theirs = ((fold(text) or "").split(" ") for text in (gold, read))
    if len(ours) != len(theirs) or len(ours) < 2 or ours[:-1] != theirs[:-1]:
        return False
    shorter, longer = sorted((ours[-1], theirs[-1]), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def citation_near(gold: Item, read: Item) -> bool:
    return titles_overlap(gold, read)


def citation_agrees(gold: Item, read: Item) -> bool:
    return gold.values.get("date") == read.values.get("date") and (
        not gold.key or not read.key or titles_overlap(gold, read))


# --- the table ----------------------------------------------------------------------------------------------------

FIELDS: list[Field] = [
    # structure
    Field("structure.articles", "structure", structure("articles"), read_structure("structure.articles"),
          query="structure"),
    Field("structure.sections", "structure", structure("sections"), read_structure("structure.sections"),
          query="structure"),
    Field("structure.annexes", "structure", lambda g: len(treaty_value("protocols_or_annexes")(g) or [])
          if isinstance(g.get("treaty"), dict) else None, read_structure("structure.annexes"), query="structure"),
    Field("structure.annex_articles", "structure", annex_articles,
          lambda r: r.get("structure.annex_articles") or None, query="structure"),
    Field("structure.recitals", "structure", structure("preamble_recitals"), read_structure("structure.recitals"),
          query="structure"),
    Field("structure.numbered_points", "structure", numbered_points,
          lambda r: r.get("structure.numbered_points") or None, query="structure"),
    # the act
    Field("act.type", "act", lambda g: act_type(path("act", "type")(g)), lambda r: r.get("act.class"),
          query="act"),
    Field("act.relation", "act", lambda g: relations(path("act", "relation_to_treaty")(g)),
          lambda r: r.get("act.relations"), query="act"),
    Field("act.date", "act", external_act_value("date"), lambda r: r.get("act.date"), query="act"),
    Field("act.number", "act", external_act_value("number"), lambda r: r.get("act.number"), query="act"),
    Field("act.title", "act", with_as_written("act", "title"), lambda r: r.get("act.titles") or None, same_text,
          query="act"),
    Field("act.operative_points", "act", path("act", "operative_points"), lambda r: r.get("act.points"),
          query="act-points"),
    Field("act.signer.name", "act", person("signed_by", "name"), lambda r: r.get("act.signer.name"), same_text,
          query="persons"),
    Field("act.signer.office", "act", lambda g: [v for v in (person("signed_by", "office")(g),
                                                             person("signed_by", "office_as_written")(g)) if v]
          or None, lambda r: r.get("act.signer.office"), same_text, query="persons"),
    Field("act.authorised.name", "act", person("authorised_signatory", "name"),
          lambda r: r.get("act.authorised.name"), same_text, query="persons"),
    Field("act.authorised.office", "act", lambda g: [v for v in (
        person("authorised_signatory", "office")(g), person("authorised_signatory", "office_as_written")(g)) if v]
        or None, lambda r: r.get("act.authorised.office"), same_text, query="persons"),
    Field("act.treaty_signing.place", "act", lambda g: place_key(path("act", "treaty_signing_as_stated_in_act",
                                                                      "place")(g)),
          lambda r: place_key(r.get("act.claim.place")), query="act-claims"),
    Field("act.treaty_signing.date", "act", path("act", "treaty_signing_as_stated_in_act", "date"),
          lambda r: r.get("act.claim.date"), query="act-claims"),
    # the treaty
    Field("treaty.title", "treaty", with_as_written("treaty", "title"), lambda r: r.get("treaty.title"), same_text,
          query="treaty"),
    Field("treaty.level", "treaty", treaty_value("kind", level), read_level, query="parties"),
    Field("treaty.party_count", "treaty", treaty_value("party_count"),
          lambda r: len(named_parties(r)) or None, query="parties"),
    Field("treaty.party_states", "treaty", party_states, read_party_states, query="parties"),
    Field("treaty.collective_name", "treaty", treaty_value("collective_name"),
          lambda r: r.get("treaty.collective_name"), same_text, query="treaty"),
    Field("treaty.draft", "treaty", treaty_value("draft"), lambda r: r.get("treaty.draft"), query="treaty"),
    Field("treaty.signed_place", "treaty", treaty_value("signed_place", place_key),
          lambda r: place_key(r.get("treaty.signed_place")), query="treaty"),
    Field("treaty.signed_date", "treaty", treaty_value("signed_date"), lambda r: r.get("treaty.signed_date"),
          query="treaty"),
    Field("treaty.entry_into_force.condition", "treaty",
          treaty_value("entry_into_force_condition", condition_kind), read_condition_kind,
          query="clauses"),
    Field("treaty.entry_into_force.delay", "treaty", treaty_value("entry_into_force_condition", condition_delay),
          lambda r: period(r.get("treaty.entry_into_force.delay")), query="clauses"),
    Field("treaty.entry_into_force.date", "treaty", treaty_value("entry_into_force_date"),
          lambda r: r.get("treaty.entry_into_force_date"), query="treaty"),
    Field("treaty.duration", "treaty", treaty_value("duration", duration_kind),
          lambda r: r.get("treaty.duration"), query="clauses"),
    Field("treaty.termination_notice", "treaty", treaty_value("termination_notice", period),
          lambda r: period(r.get("treaty.termination_notice")), query="clauses"),
    Field("treaty.working_language", "treaty", treaty_value("working_language", named_languages),
          lambda r: r.get("treaty.working_language"), query="clauses"),
    Field("treaty.authentic_languages", "treaty", treaty_value("authentic_languages", languages),
          lambda r: r.get("treaty.authentic_languages"), query="clauses"),
    Field("treaty.prevailing_language", "treaty", treaty_value("prevailing_language", languages),
          lambda r: r.get("treaty.prevailing_language"), query="clauses"),
    Field("treaty.copies", "treaty", treaty_value("copies", str), lambda r: r.get("treaty.copies"), query="clauses"),
]

SET_FIELDS: list[SetField] = [
    SetField("treaty.parties", "treaty", gold_parties, label_match, same_state, state_agrees, query="parties"),
    SetField("treaty.competent_authorities", "treaty", gold_authorities, label_match, same_state, state_agrees,
             query="authorities"),
    SetField("treaty.definitions", "treaty", gold_terms, label_match, lambda gold, read: False, definition_agrees,
             ignore=inline_term, query="terms"),
    SetField("treaty.referenced_treaties", "treaty", gold_citations, same_citation, citation_near, citation_agrees,
             query="citations"),
]

# Gold keys that are not scored, and why.
UNSCORED: dict[str, str] = {
    "act.type_as_written, act.issuer, act.operative_verb": "the words as written; the graph keeps the act's class "
                                                           "and the government that passed it, not the verb",
    "act.in_force, act.repeals, act.related_acts, act.other_operative_content": "free text",
    "act.external_metadata (laws)": "from the national database's page, which is not an input",
    "treaty.entry_into_force_condition": "free text; only its kind (notification, signature, other) and the delay it "
                                         "states (60 days after: P60D) are scored",
    "treaty.duration": "free text; only indefinite, a term of years, or conditional is scored",
    "treaty.termination_note, treaty.amendment_by, treaty.dispute_settlement, treaty.suspension": "free text",
    "treaty.article_numbering, treaty.article_titles": "not yet in the graph (numbers are, their style is not)",
    "treaty.inline_defined_terms": "not in the graph; such terms are neither expected nor counted as invented",
    "treaty.joint_bodies, treaty.coordinating_body, treaty.depositary": "not yet in the graph",
    "treaty.treaty_signatories, treaty.section_labels, treaty.regions, treaty.consular_districts, "
    "treaty.land_plots, treaty.certification": "not yet in the graph",
    "treaty.*_note, treaty.*_conflict, artifacts, source": "notes for people",
}


@dataclass
class FieldSpec:
    """A field's name and group as the reports list them."""

    name: str
    group: str
    kind: str
    query: str = field(default="")


def all_fields() -> list[FieldSpec]:
    return ([FieldSpec(f.name, f.group, "value", f.query) for f in FIELDS]
            + [FieldSpec(f.name, f.group, "set", f.query) for f in SET_FIELDS])
