"""Document model + facts -> RDF, one named graph per source document, every fact traced to its passage.

Each act is built on its own; entities shared across acts (states, governments, authorities, posts,
persons, places, cited treaties) get IRIs from language-independent keys, so their triples merge by IRI.
Values that two sources may state differently (a cited treaty's date, a title) are claims on a node of
their own, with their source, so that both survive. Unknown values are left out, never guessed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Any
from urllib.parse import urlsplit

from rdflib import Literal, URIRef

from treatykg import __version__
from treatykg.facts.extraction import ActFacts
from treatykg.facts.provisions import article_of
from treatykg.facts.types import ActRequisites, Designation, Evidence, Facts, Party, Person, Place
from treatykg.lang.alphabet import slug
from treatykg.lang.gazetteer import BY_CODE
from treatykg.lang.keys import authority_key, known_authority_key, subject_key
from treatykg.rdf import vocab
from treatykg.rdf.iris import EU_LANGUAGE_CODES, Minter
from treatykg.text.document import (
    Act,
    Annex,
    Article,
    Block,
    ClosingFormula,
    Item,
    ItemList,
    Node,
    Note,
    Paragraph,
    Preamble,
    Section,
    Treaty,
)
from treatykg.text.parsed import ParsedAct, ParsedVersion
from treatykg.text.readers import LANGUAGE_OF_FILE

Triple = tuple[URIRef, URIRef, object]
NOT_IN_IRI = frozenset('<>"{}|^`\\ ')


class _Terms:
    """A namespace of ``vocab`` whose terms are made once: rdflib builds and checks a new URIRef on every
    attribute access, and the builder names terms thousands of times per act."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # found as a plain attribute from now on
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


DCTERMS, ELI, EU_COUNTRY, EU_LANGUAGE, OA, ORG, PROV, RDF, RDFS, SKOS, TKG, WD, XSD = map(_Terms, (
    vocab.DCTERMS, vocab.ELI, vocab.EU_COUNTRY, vocab.EU_LANGUAGE, vocab.OA, vocab.ORG, vocab.PROV, vocab.RDF,
    vocab.RDFS, vocab.SKOS, vocab.TKG, vocab.WD, vocab.XSD))

ACT_CLASSES = {"resolution": TKG.GovernmentResolution, "parliament-resolution": TKG.ParliamentResolution,
               "decree": TKG.PresidentialDecree, "law": TKG.Law}
PART_CLASSES = {Preamble: TKG.Preamble, Section: TKG.Section, Article: TKG.Article, Paragraph: TKG.Paragraph,
                ItemList: TKG.ItemList, Item: TKG.ListItem, ClosingFormula: TKG.ClosingFormula, Note: TKG.EditorialNote}
PARTY_CLASSES = {"state": TKG.State, "government": TKG.Government, "national-bank": TKG.NationalBank,
                 "ministry": TKG.Ministry, "agency": TKG.Agency, "organisation": TKG.InternationalOrganisation}
# The kinds of party a state has only one of: named by the kind, whatever the words of the text.
ONE_PER_STATE = ("government", "national-bank")
CLAUSE_CLASSES = {
    "entry-into-force": TKG.EntryIntoForceClause, "provisional-application": TKG.ProvisionalApplicationClause,
    "duration": TKG.DurationClause, "termination": TKG.TerminationClause, "amendment": TKG.AmendmentClause,
    "dispute-settlement": TKG.DisputeSettlementClause, "working-language": TKG.WorkingLanguageClause,
    "authentic-languages": TKG.AuthenticLanguagesClause, "costs": TKG.CostsClause,
    "non-affection": TKG.NonAffectionClause,
}
NORM_CLASSES = {"obligation": TKG.Obligation, "permission": TKG.Permission, "prohibition": TKG.Prohibition,
                "right": TKG.Right}
LEVELS = {"intergovernmental": "gov", "interstate": "state"}
LABEL_LANGUAGES = ("kk", "ru")  # the languages the gazetteer names states in, besides English
RELATIONS = {"approves-draft": TKG.approvesDraft, "ratifies": TKG.ratifies, "approves": TKG.approves}


def official_page(pages: object, language: str) -> str | None:
    """The address of the publisher's page of the act's ``language`` version, from its metadata file's ``source``
    (a mapping from the file's language code to an address); None where it gives none or no web address that is an
    IRI as written (a space, a quote or an angle bracket in it)."""
    if not isinstance(pages, Mapping):
        return None
    address = next((str(page).strip() for code, page in sorted(pages.items(), key=lambda item: str(item[0]))
                    if LANGUAGE_OF_FILE.get(str(code)) == language and page), None)
    if not address or any(c in NOT_IN_IRI or ord(c) < 0x21 for c in address):
        return None
    parts = urlsplit(address)
    return address if parts.scheme in ("http", "https") and parts.netloc else None


def lit(text: str, language: str) -> Literal:
    return Literal(" ".join(text.split()), lang=language)


# rdflib's Literal is slow to make, and the values of these two repeat: offsets, numbers and flags (True is not
# 1, hence typed=True); eIds and the names of kinds.

@lru_cache(maxsize=1 << 16, typed=True)
def typed(value, datatype) -> Literal:
    return Literal(str(value).lower() if isinstance(value, bool) else str(value), datatype=datatype)


@lru_cache(maxsize=1 << 16, typed=True)
def plain(value: str) -> Literal:
    return Literal(value)


def once_per_graph(describe):
    """For a builder method that adds an entity's triples and returns its IRI: the second call with the same
    arguments in the same named graph returns the IRI only, since it would add the same triples again."""

    @wraps(describe)
    def described(self, *args):
        key = (describe.__name__, *args)
        iri = self.described.get(key)
        if iri is None:
            iri = self.described[key] = describe(self, *args)
        return iri
    return described


@dataclass
class ActGraphs:
    """The triples of one act, by named graph (one per source document, plus one for the kk/ru alignment)."""

    act: URIRef
    treaty: URIRef | None
    graphs: dict[URIRef, set[Triple]] = field(default_factory=dict)
    sources: list[tuple[URIRef, str, str]] = field(default_factory=list)  # (expression, path, sha256)


class ActGraphBuilder:
    def __init__(self, parsed: ParsedAct, facts: ActFacts, minter: Minter):
        self.parsed = parsed
        self.facts = facts
        self.minter = minter
        self.new_graph()
        self.act_iri = self._act_iri()
        self.treaty_iri = self._treaty_iri()
        self.entity_keys = self._entity_keys()

    # --- IRIs of the act and its treaty -------------------------------------------------------------------------

    def _requisite(self, stated: ActRequisites | None, name: str):
        """A requisite of the act as its text states it, or else as its metadata file does."""
        value = getattr(stated, name) if stated is not None else None
        return value or (getattr(self.facts.metadata, name) if self.facts.metadata is not None else None)

    def _act_iri(self) -> URIRef:
        stated = next((self.facts.versions[v.language][1].act for v in self.parsed.versions if v.document.act), None)
        return self.minter.act(self._requisite(stated, "act_type"), self._requisite(stated, "date"),
                               self._requisite(stated, "number"),
                               f"{self.parsed.source.layout}-{self.parsed.source.act_id}")

    def _treaty_iri(self) -> URIRef | None:
        versions = [(v, self.facts.versions[v.language][1]) for v in self.parsed.versions if v.document.treaty]
        if not versions:
            return self._approved_treaty_iri()
        states = sorted({p.state.code for _, f in versions for p in f.parties if p.state})
        kinds = {p.kind for _, f in versions for p in f.parties}
        level = "gov" if kinds == {"government"} else "state" if kinds == {"state"} else "mixed"
        years = sorted({d.year for _, f in versions for d in f.dates if d.role == "signing" and d.year})
        titles = [v.document.treaty.title for v, _ in versions if v.document.treaty]
        subject = next((key for key in map(subject_key, titles) if key), None)
        return self.minter.treaty(states, level, years[0] if years else None, subject,
                                  f"act-{self.parsed.source.layout}-{self.parsed.source.act_id}")

    def _signing_dates(self) -> tuple[set[str], set[int | None]]:
        """The full signing dates, and the years, that the closing formulas of the act's language versions state."""
        stated = [d for v in self.parsed.versions for d in self.facts.versions[v.language][1].dates
                  if d.role == "signing"]
        return {d.iso for d in stated if d.complete and d.iso}, {d.year for d in stated}

    def _approved_treaty_iri(self) -> URIRef | None:
        """The treaty that an act approves or ratifies when no version carries the treaty's text: named from what
        the approving point says of it (its states, the year the act says it was signed, its subject)."""
        for version in self.parsed.versions:
            facts = self.facts.versions[version.language][1]
            for approval in facts.approvals:
                states = sorted({state.code for state in approval.treaty_states})
                years = sorted({d.year for d in facts.dates if d.role == "signing-as-stated-by-act" and d.year})
                return self.minter.treaty(states, "mixed", years[0] if years else None,
                                          subject_key(approval.evidence.text),
                                          f"act-{self.parsed.source.layout}-{self.parsed.source.act_id}")
        return None

    # --- helpers ------------------------------------------------------------------------------------------------

    def new_graph(self) -> None:
        """Start the triples of another named graph."""
        self.triples: set[Triple] = set()
        self.described: dict[tuple, URIRef] = {}  # entities and passages whose triples are in it (once_per_graph)
        self.labelled: dict[tuple[URIRef, str], str] = {}  # (entity, language) -> its label in this graph
        self.fallback_labels: dict[tuple[URIRef, str], str] = {}  # labels to give where no better name comes

    def end_graph(self) -> set[Triple]:
        """The triples of the graph being built, with the fallback labels of the entities that got no other."""
        for (iri, language), name in sorted(self.fallback_labels.items()):
            self.label(iri, name, language)
        return self.triples

    def label(self, iri: URIRef, name: str, language: str) -> None:
        """``name`` as the entity's label in ``language``, or as another of its names when this graph has already
        labelled it in that language: a text can name one body in two ways (the enacting formula's subject and the
        preamble's party), and one label per language reads best."""
        name = " ".join(name.split())
        if not name:
            return
        label = self.labelled.setdefault((iri, language), name)
        self.add(iri, RDFS.label if label == name else SKOS.altLabel, lit(name, language))

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples.add((s, p, o))

    def passage(self, version: ParsedVersion, expression: URIRef, start: int, end: int, eid: str | None,
                editorial: bool = False) -> URIRef:
        known = self.described.get(("passage", expression, start, end, eid, editorial))
        if known is not None:  # as once_per_graph: a graph holds one version, whose passages its expression names
            return known
        raw_start, raw_end = version.normalised.raw_span(start, end)
        iri = self.minter.passage(expression, raw_start, raw_end)
        self.add(iri, RDF.type, TKG.Passage)
        self.add(iri, RDF.type, OA.TextPositionSelector)
        self.add(iri, OA.start, typed(raw_start, XSD.nonNegativeInteger))
        self.add(iri, OA.end, typed(raw_end, XSD.nonNegativeInteger))
        self.add(iri, TKG.inExpression, expression)
        if eid:
            self.add(iri, TKG.eId, plain(eid))
        if editorial:
            self.add(iri, TKG.editorial, typed(True, XSD.boolean))
        self.described[("passage", expression, start, end, eid, editorial)] = iri
        return iri

    def trace(self, node: URIRef, version: ParsedVersion, expression: URIRef, evidence: Evidence) -> None:
        self.add(node, TKG.passage, self.passage(version, expression, evidence.start, evidence.end, evidence.eid,
                                                 evidence.editorial))

    def part_iri(self, owner: URIRef, eid: str | None) -> URIRef | None:
        if not eid:
            return None
        return self.minter.part(owner, eid.removesuffix("__intro"))

    # --- build --------------------------------------------------------------------------------------------------

    def build(self) -> ActGraphs:
        result = ActGraphs(self.act_iri, self.treaty_iri)
        for version in self.parsed.versions:
            self.new_graph()
            facts = self.facts.versions[version.language][1]
            act_expression = self.minter.expression(self.act_iri, version.language)
            self._source(version, act_expression, result)
            self._metadata(version, act_expression)
            if version.document.act:
                self._act(version, version.document.act, act_expression, facts)
            self._act_label(version)
            if version.document.treaty and self.treaty_iri:
                self._treaty(version, version.document.treaty, facts)
            result.graphs[self.minter.graph(act_expression)] = self.end_graph()
        if self.facts.disagreements:
            self.new_graph()
            self._disagreements()
            result.graphs[self.minter.graph(self.minter.fact(self.act_iri, "alignment"))] = self.end_graph()
        return result

    def _source(self, version: ParsedVersion, expression: URIRef, result: ActGraphs) -> None:
        digest = version.version.text.sha256  # taken when the file was read: no second read
        result.sources.append((expression, self.parsed.source.source_name(version.path), digest))
        self.add(expression, RDF.type, ELI.LegalExpression)
        self.add(expression, ELI.realizes, self.act_iri)
        self.add(self.act_iri, ELI.is_realized_by, expression)
        self.add(expression, ELI.language,
                 EU_LANGUAGE[EU_LANGUAGE_CODES.get(version.language, version.language.upper())])
        self.add(expression, TKG.sourceFile, Literal(self.parsed.source.source_name(version.path)))
        self.add(expression, TKG.sha256, Literal(digest))
        self.add(expression, TKG.encoding, Literal(version.version.text.encoding_label))
        self._embodied(expression, self.minter.manifestation(expression))

    def _embodied(self, expression: URIRef, manifestation: URIRef) -> None:
        """The Akoma Ntoso document of a source document (treatykg.akn writes it under this IRI, FRBRManifestation):
        it embodies the act's expression, and the treaty's, which it holds as a component."""
        self.add(manifestation, RDF.type, ELI.Format)
        self.add(manifestation, ELI["format"], vocab.AKN_MEDIA_TYPE)  # ELI.format is the method of str
        self.add(manifestation, ELI.embodies, expression)
        self.add(expression, ELI.is_embodied_by, manifestation)

    def _metadata(self, version: ParsedVersion, expression: URIRef) -> None:
        """Facts from meta.yaml: editorial, not treaty text, traced to the metadata file."""
        meta = self.parsed.source.metadata
        if meta.source is None:
            return
        record = self.minter.fact(self.act_iri, "metadata")
        self.add(record, RDF.type, TKG.Passage)
        self.add(record, TKG.sourceFile, Literal(self.parsed.source.source_name(meta.source)))
        self.add(record, TKG.editorial, typed(True, XSD.boolean))
        self.add(self.act_iri, TKG.passage, record)
        if meta.local_id:
            self.add(self.act_iri, ELI.id_local, Literal(meta.local_id))
        title = self.parsed.metadata_title(version.language)
        if title:
            self.add(expression, ELI.title, lit(title, version.language))
        page = official_page(meta.extra.get("source"), version.language)
        if page:
            self.add(expression, vocab.OFFICIAL_PAGE, URIRef(page))

    # --- the act ------------------------------------------------------------------------------------------------

    def _act_label(self, version: ParsedVersion) -> None:
        """The act's name in the language of this version: its own title, else the title its metadata file gives."""
        stated = version.document.act.title if version.document.act else None
        title = stated or self.parsed.metadata_title(version.language)
        if title:
            self.label(self.act_iri, title, version.language)

    def _act(self, version: ParsedVersion, act: Act, expression: URIRef, facts: Facts) -> None:
        iri, language = self.act_iri, version.language
        self.add(iri, RDF.type, TKG.Act)
        act_type = self._requisite(facts.act, "act_type")
        self.add(iri, RDF.type, ACT_CLASSES.get(act_type))
        self.add(iri, RDF.type, ELI.LegalResource)
        date = self._requisite(facts.act, "date")
        if date:
            self.add(iri, ELI.date_document, typed(date, XSD.date))
        number = self._requisite(facts.act, "number")
        if number:
            self.add(iri, ELI.number, Literal(number))
        if act.title:
            self.add(expression, ELI.title, lit(act.title, language))
        stated = facts.act
        if act_type == "resolution" and stated and stated.issuer_state and stated.issuer_is_government:
            issuer = self._organisation(stated.issuer_state.code, "government", "government", stated.issuer,
                                        language, None, (), False)
            self.add(iri, ELI.passed_by, issuer)
        relations = {a.point: RELATIONS[a.relation] for a in facts.approvals}
        for point in act.points:
            part = self.part_iri(iri, point.eid)
            self.add(part, RDF.type, TKG.ActPoint)
            self.add(part, ELI.is_part_of, iri)
            self.add(iri, ELI.has_part, part)
            self.add(part, TKG.eId, plain(point.eid))
            if point.num is not None:
                self.add(part, TKG.numberValue, typed(point.num, XSD.integer))
            self.add(part, TKG.text, lit(point.text, language))
            self.add(part, TKG.passage, self.passage(version, expression, point.start, point.end, point.eid))
            if self.treaty_iri:
                self._act_claims(version, point, expression, facts)
                if point.eid in relations:
                    self.add(iri, relations[point.eid], self.treaty_iri)
        for person in facts.persons:
            if person.role == "authorised-body":
                self._authorised_body(iri, person, version, expression, language)
                continue
            if not person.name:  # the office alone was printed under the signature
                if person.office:
                    signer_post = self._post(person, language)
                    self.add(iri, TKG.signedByPost, signer_post)
                    self.trace(signer_post, version, expression, person.evidence)
                continue
            person_iri = self.minter.person(person.name)
            self.add(person_iri, RDF.type, TKG.Person)
            self.add(person_iri, RDFS.label, lit(person.name, language))
            self.add(person_iri, TKG.nameAsWritten, lit(person.as_written or person.name, language))
            self._alternative(person_iri, person.as_written, person.name, language)
            self.trace(person_iri, version, expression, person.evidence)
            post: URIRef | None = None
            if person.office:
                post = self._post(person, language)
                self.add(person_iri, ORG.holds, post)
            if person.role == "signer":
                self.add(iri, TKG.signedBy, person_iri)
            else:
                authorisation = self.minter.fact(iri, "authorisation", person.evidence.eid or "")
                self.add(authorisation, RDF.type, TKG.SigningAuthorisation)
                self.add(iri, TKG.authorises, authorisation)
                self.add(authorisation, TKG.authorisedPerson, person_iri)
                self.add(authorisation, TKG.authorisedPost, post)
                self.add(authorisation, TKG.authorisedToSign, self.treaty_iri)
                self.trace(authorisation, version, expression, person.evidence)

    def _authorised_body(self, act: URIRef, body: Person, version, expression, language: str) -> None:
        """A body of the state that the act charges to conclude or sign the treaty ("to the Ministry of Foreign
        Affairs … to conclude on behalf of the Government …"; lang/person_wording.BODY_AUTHORISATIONS)."""
        name = body.office or ""
        authorisation = self.minter.fact(act, "authorisation", body.evidence.eid or "")
        organisation = self._organisation(body.state.code if body.state else None, "agency",
                                          known_authority_key(name) or authority_key(name), name, language)
        self.add(authorisation, RDF.type, TKG.SigningAuthorisation)
        self.add(act, TKG.authorises, authorisation)
        self.add(authorisation, TKG.authorisedOrganisation, organisation)
        self.add(authorisation, TKG.authorisedToSign, self.treaty_iri)
        self.trace(authorisation, version, expression, body.evidence)

    def _post(self, person: Person, language: str) -> URIRef:
        """The post a person holds (or the post alone, when the text does not print the name)."""
        post = self.minter.post(person.state.code if person.state else None, person.office or "")
        self.add(post, RDF.type, TKG.Post)
        self.add(post, RDFS.label, lit(person.office or "", language))
        if person.state:
            self.add(post, ORG.postIn, self._state(person.state.code))
        return post

    def _act_claims(self, version, point, expression: URIRef, facts: Facts) -> None:
        """What the act says of the treaty it approves (signed at … on …): a claim beside the treaty's own text."""
        dates = [d for d in facts.dates if d.role == "signing-as-stated-by-act" and d.evidence.eid == point.eid]
        places = [p for p in facts.places if p.role == "signing-as-stated-by-act" and p.evidence.eid == point.eid]
        if not dates and not places:
            return
        claim = self.minter.fact(self.act_iri, "claim", version.language, point.eid)
        self.add(claim, RDF.type, TKG.Citation)
        self.add(claim, TKG.citedTreaty, self.treaty_iri)
        self.add(claim, TKG.statedIn, self.part_iri(self.act_iri, point.eid))
        for d in dates:
            if d.complete:
                self.add(claim, TKG.claimedDate, typed(d.iso, XSD.date))
        for p in places:
            self.add(claim, TKG.claimedPlace, self._place(p, version.language))
        self.trace(claim, version, expression, (dates or places)[0].evidence)  # the point that states them

    # --- shared entities ---------------------------------------------------------------------------------------

    @once_per_graph
    def _state(self, code: str) -> URIRef:
        iri = self.minter.state(code)
        self.add(iri, RDF.type, TKG.State)
        entry = BY_CODE.get(code)
        if entry:
            self.add(iri, RDFS.label, Literal(entry.name_en, lang="en"))
            for language in LABEL_LANGUAGES:  # the gazetteer's first name in each language: one label per language
                name = next((name for named_in, name in entry.names if named_in == language), None)
                if name:
                    self.add(iri, RDFS.label, Literal(name, lang=language))
            if entry.wikidata:
                self.add(iri, SKOS.exactMatch, WD[entry.wikidata])
        if code != "SUN":
            self.add(iri, SKOS.exactMatch, EU_COUNTRY[code])
        return iri

    def _place(self, place: Place, language: str) -> URIRef:
        return self._named_place(place.as_written, place.name, place.nominative or place.name, place.known,
                                 place.wikidata, place.language or language, language)

    @once_per_graph
    def _named_place(self, as_written: str, name: str, nominative: str, known: bool, wikidata: str | None,
                     name_language: str, language: str) -> URIRef:
        """A place by its identity across languages (``name``: the gazetteer's English name, else the nominative),
        labelled in the nominative in the language of the words that name it; an English label (and a Wikidata
        link, where certain) only where the gazetteer knows it, never a made-up English name."""
        iri = self.minter.place(name)
        self.add(iri, RDF.type, TKG.Place)
        self.add(iri, TKG.nameAsWritten, lit(as_written, language))
        self.add(iri, RDFS.label, lit(nominative, name_language))
        self._alternative(iri, as_written, nominative, language)
        if known:
            self.add(iri, RDFS.label, Literal(name, lang="en"))
        if wikidata:
            self.add(iri, SKOS.exactMatch, WD[wikidata])
        return iri

    @once_per_graph
    def _organisation(self, code: str | None, kind: str, key: str, name: str, language: str,
                      as_written: str | None = None, other_names: tuple[str, ...] = (), naming: bool = True) -> URIRef:
        """A party or authority: a state is its own IRI; a government or national bank is its state's; any other
        body is named by ``key``. Its name as written, and, where the name is a reading of other words (the
        nominative of a Russian instrumental, "by the Government of …", one government of "the Governments of A, B
        and C"), that reading; and the other
        names the text gives it (in the treaty's title). Its label in the text's language is its name, where no name
        that ``naming`` (a party's, an authority's) gave it first: the subject of an enacting formula names it only
        where nothing else does."""
        if kind == "state" and code:
            iri = self._state(code)
        else:
            iri = self.minter.organisation(code, kind if kind in ONE_PER_STATE and code else key)
            # a state the gazetteer does not know has no state IRI: it is an organisation of unknown kind
            self.add(iri, RDF.type, ORG.FormalOrganization if kind == "state" else
                     PARTY_CLASSES.get(kind, ORG.FormalOrganization))
            if code:
                self.add(iri, TKG.actsFor, self._state(code))
                entry = BY_CODE.get(code)
                if kind == "government" and entry:
                    self.add(iri, RDFS.label, Literal(f"Government of {entry.name_en}", lang="en"))
        self.add(iri, TKG.nameAsWritten, lit(as_written or name, language))
        if kind == "state" and code:  # a state is labelled by the gazetteer (one name per language); the text's
            self._alternative(iri, name, "", language)  # name of it is another
        elif naming:
            self.label(iri, name, language)
        else:
            self.fallback_labels.setdefault((iri, language), name)
        self._alternative(iri, as_written, name, language)
        for other in other_names:
            self._alternative(iri, other, name, language)
        return iri

    def _alternative(self, iri: URIRef, as_written: str | None, label: str, language: str) -> None:
        """A form of a name as the text writes it (a case form, another spelling), where it is not the label."""
        if as_written and " ".join(as_written.split()) != " ".join(label.split()):
            self.add(iri, SKOS.altLabel, lit(as_written, language))

    def _party(self, party: Party, language: str) -> URIRef:
        return self._organisation(party.state.code if party.state else None, party.kind,
                                  self.entity_keys.get(id(party)) or authority_key(party.name), party.name, language,
                                  party.as_written, tuple(party.other_names))

    def _authority(self, designation: Designation, language: str) -> URIRef:
        name = designation.authority or ""
        return self._organisation(designation.state.code if designation.state else None,
                                  designation.authority_kind or "agency",
                                  self.entity_keys.get(id(designation)) or authority_key(name), name, language)

    def _entity_keys(self) -> dict[int, str]:
        """The key of each party and designated authority (by the id of its fact) that its versions in both
        languages share: the key of a body the table knows, else the key of its Russian name, for the bodies that
        the versions give in the same number for each state and kind (the n-th of one version is the n-th of the
        other: they are one treaty's text in two languages); any other body keeps the key of its own name."""
        keys: dict[int, str] = {}
        versions = {language: facts for language, (_, facts) in self.facts.versions.items()}

        def parties(facts: Facts) -> list[tuple[object, tuple, str]]:
            return [(p, (p.state.code if p.state else None, p.kind), p.name) for p in facts.parties]

        def authorities(facts: Facts) -> list[tuple[object, tuple, str]]:
            return [(d, (d.state.code if d.state else None, d.authority_kind), d.authority)
                    for d in facts.designations if d.authority]

        for listed in (parties, authorities):
            groups: dict[tuple, dict[str, list[tuple[object, str]]]] = {}
            for language in sorted(versions):
                for fact, pairing, name in listed(versions[language]):
                    groups.setdefault(pairing, {}).setdefault(language, []).append((fact, name))
            for by_language in groups.values():
                counts = {len(items) for items in by_language.values()}
                chosen = by_language.get("ru") or next(iter(by_language.values()))
                for items in by_language.values():
                    for index, (fact, name) in enumerate(items):
                        known = known_authority_key(name)
                        shared = authority_key(chosen[index][1]) if len(counts) == 1 else None
                        keys[id(fact)] = known or shared or authority_key(name)
        return keys

    # --- the treaty ---------------------------------------------------------------------------------------------

    @property
    def treaty(self) -> URIRef:
        """The treaty's IRI: only the treaty's part of the builder asks for it, and only when the act has one."""
        if self.treaty_iri is None:
            raise ValueError(f"{self.act_iri}: the act has no treaty")
        return self.treaty_iri

    def _treaty(self, version: ParsedVersion, treaty: Treaty, facts: Facts) -> None:
        t, language = self.treaty, treaty.language or version.language
        expression = self.minter.expression(self.act_iri, version.language)
        self.add(t, RDF.type, TKG.Treaty)
        self.add(t, RDF.type, ELI.LegalResource)
        # the treaty's own expression in this language, embodied in the act's source document
        treaty_expression = self.minter.expression(t, language)
        self.add(treaty_expression, RDF.type, ELI.LegalExpression)
        self.add(treaty_expression, ELI.realizes, t)
        self.add(t, ELI.is_realized_by, treaty_expression)
        self.add(treaty_expression, ELI.language, EU_LANGUAGE[EU_LANGUAGE_CODES.get(language, language.upper())])
        self.add(treaty_expression, DCTERMS.source, expression)
        self._embodied(treaty_expression, self.minter.manifestation(expression))
        if treaty.title:
            self.add(treaty_expression, ELI.title, lit(treaty.title, language))
            self.label(t, treaty.title, language)
        self.add(t, TKG.draft, typed(facts.draft, XSD.boolean))
        if facts.sides:
            self.add(t, TKG.numberOfSides, typed(facts.sides, XSD.nonNegativeInteger))
        if facts.collective_name:
            self.add(t, TKG.collectiveName, lit(facts.collective_name, language))
        signing = [d for d in facts.dates if d.role == "signing"]
        dates, years = self._signing_dates() if signing else (set(), set())
        for date in signing:
            # where the language versions disagree on the year, the graph settles no date: each keeps its words
            if years == {date.year}:
                if date.complete and dates == {date.iso}:
                    self.add(t, ELI.date_document, typed(date.iso, XSD.date))
                elif date.year and not dates:
                    self.add(t, TKG.signingYear, typed(date.year, XSD.gYear))
            self.add(t, TKG.signingDateText, lit(date.text, language))
        for place in (p for p in facts.places if p.role == "signing"):
            self.add(t, TKG.signingPlace, self._place(place, language))
        self._parts(version, treaty, expression, language)
        self._parties(version, facts, expression, language)
        self._designations(version, facts, expression, language)
        self._terms(version, facts, expression, language)
        self._clauses(version, facts, expression, language)
        self._norms(version, facts, expression, language)
        self._citations(version, facts, expression, language)
        self._editorial(version, facts, expression, language)

    def _parts(self, version: ParsedVersion, treaty, expression: URIRef, language: str) -> None:
        def visit(node: Node, parent: URIRef) -> str:
            """Add the parts under ``node`` and return its text, ``node.text``, made from its children's texts
            (node.text of every part would read the leaves under it once per level)."""
            texts = []
            for child in node.children:
                if not isinstance(child, Node):
                    texts.append(child.clean)
                    continue
                cls = PART_CLASSES.get(type(child))
                if isinstance(child, Annex):
                    cls = TKG.Protocol if child.kind == "protocol" else TKG.Annex
                if isinstance(child, Block) and child.role == "recital":
                    cls = TKG.Recital
                if cls is None or not child.eid or child.type == "Body":
                    texts.append(visit(child, parent))
                    continue
                iri = self.minter.part(self.treaty, child.eid.removesuffix("__intro"))
                self.add(iri, RDF.type, cls)
                self.add(iri, RDF.type, ELI.LegalResourceSubdivision)
                self.add(iri, ELI.is_part_of, parent)
                self.add(parent, ELI.has_part, iri)
                self.add(iri, TKG.eId, plain(child.eid))
                number = getattr(child, "num", None)
                if number is not None:
                    self.add(iri, TKG.numberValue, typed(number, XSD.integer))
                heading = getattr(child, "heading", None)
                if heading:
                    self.add(iri, TKG.heading, lit(heading, language))
                self.add(iri, TKG.passage, self.passage(version, expression, child.start, child.end, child.eid,
                                                        isinstance(child, Note)))
                text = visit(child, iri)
                if text:
                    # an editor's note is written in the language of its file, even where the file prints the
                    # treaty in the other language ("no Kazakh translation, see the Russian text":
                    # lang/structure.TRANSLATION_NOTE)
                    self.add(iri, TKG.text, lit(text, version.language if isinstance(child, Note) else language))
                texts.append(text)
            return " ".join(text for text in texts if text)
        visit(treaty, self.treaty)

    def _parties(self, version, facts: Facts, expression, language) -> None:
        t = self.treaty
        if facts.described_parties is not None:
            description = self.minter.fact(t, "parties-description")
            self.add(description, RDF.type, TKG.PartiesDescription)
            self.add(description, RDFS.label, lit(facts.described_parties.description, language))
            self.add(t, TKG.partiesDescribedAs, description)
            self.trace(description, version, expression, facts.described_parties.evidence)
        for party in facts.parties:
            org = self._party(party, language)
            self.add(t, TKG.hasParty, org)
            self.trace(org, version, expression, party.evidence)
            side = self.minter.fact(t, "side", str(party.side))
            self.add(side, RDF.type, TKG.Side)
            self.add(side, TKG.sideNumber, typed(party.side, XSD.integer))
            self.add(side, TKG.sideMember, org)
            self.add(t, TKG.hasSide, side)
            self.trace(side, version, expression, party.evidence)

    def _designations(self, version, facts: Facts, expression, language) -> None:
        """Each designation is named by its state, its article and the key of the body it names (of the party
        that will name it, when the authority is left to a later notification): the kk and ru versions of one
        designation share that key when they pair up, and two that do not are two designations. A running number
        per state named one designation after the n-th authority of each version, so that versions giving a
        state's authorities in different numbers made one designation name two authorities."""
        t = self.treaty
        for d in facts.designations:
            code = d.state.code if d.state else "xx"
            party = next((p for p in facts.parties if p.name == d.party), None)
            if d.authority:
                key = self.entity_keys.get(id(d)) or authority_key(d.authority)
            elif party:
                key = "later-" + (self.entity_keys.get(id(party)) or authority_key(party.name))
            else:
                key = "later"
            iri = self.minter.fact(t, "designation", code, d.article, key)
            self.add(iri, RDF.type, TKG.Designation)
            if party:
                self.add(iri, TKG.designatingParty, self._party(party, language))
            if d.authority:
                self.add(iri, TKG.designatedAuthority, self._authority(d, language))
            if d.state:
                self.add(iri, TKG.authorityState, self._state(d.state.code))
            self.add(iri, TKG.deferred, typed(d.deferred, XSD.boolean))
            self.add(iri, TKG.statedIn, self.part_iri(t, d.article))
            self.trace(iri, version, expression, d.evidence)

    def _terms(self, version, facts: Facts, expression, language) -> None:
        if not facts.terms:
            return
        t = self.treaty
        scheme = self.minter.fact(t, "terms")
        self.add(scheme, RDF.type, TKG.TermScheme)
        iri_of = {term.term: self.minter.fact(t, "term", term.evidence.eid) for term in facts.terms}
        for term in facts.terms:
            iri = iri_of[term.term]
            self.add(iri, RDF.type, TKG.DefinedTerm)
            self.add(iri, SKOS.inScheme, scheme)
            self.add(iri, SKOS.prefLabel, lit(term.term, language))
            self.add(iri, SKOS.definition, lit(term.definition, language))
            for broader in term.broader:
                self.add(iri, SKOS.broader, iri_of[broader])
            for used in term.uses:
                self.add(iri, TKG.usesTerm, iri_of[used])
            for eid in term.used_in:
                self.add(iri, TKG.usedIn, self.part_iri(t, eid))
            self.trace(iri, version, expression, term.evidence)

    def _clauses(self, version, facts: Facts, expression, language) -> None:
        t = self.treaty
        in_article: dict[tuple[str, str], int] = {}
        for clause in facts.clauses:
            article = article_of(clause.provision) or "x"
            n = in_article[(clause.kind, article)] = in_article.get((clause.kind, article), 0) + 1
            # the first entry into force an article states is the treaty's; the next ones there are each later
            # party's ("for each State ratifying after … six months after its instrument"): clauses of their own,
            # named by their order in the article, which the kk and ru texts share
            where = f"{article}__{n}" if clause.kind == "entry-into-force" and n > 1 else article
            iri = self.minter.fact(t, "clause", clause.kind, where)
            self.add(iri, RDF.type, CLAUSE_CLASSES.get(clause.kind, TKG.Clause))
            self.add(iri, RDF.type, TKG.Clause)
            self.add(t, TKG.hasClause, iri)
            self.add(iri, TKG.statedIn, self.part_iri(t, clause.provision))
            self._clause_values(iri, clause.kind, clause.values, language)
            self.trace(iri, version, expression, clause.evidence)

    def _clause_values(self, iri: URIRef, kind: str, v: Mapping[str, Any], language: str) -> None:
        # ``v`` is the TypedDict of ``kind`` (facts/types.py); the kind lives beside the values, not in them, so the
        # type checker cannot narrow the union by it: read as a mapping
        boolean = lambda value: typed(value, XSD.boolean) if isinstance(value, bool) else None  # noqa: E731
        string = lambda value: plain(value) if value else None  # noqa: E731
        if kind == "entry-into-force":
            if v.get("date"):  # a date the treaty itself fixes for its entry into force
                self.add(self.treaty, ELI.first_date_entry_in_force, typed(v["date"], XSD.date))
            if v.get("condition") or v.get("condition_kind"):
                condition = self.minter.fact(iri, "condition")
                self.add(condition, RDF.type, TKG.EntryIntoForceCondition)
                self.add(iri, TKG.entryIntoForceCondition, condition)
                if v.get("condition"):
                    self.add(condition, RDFS.comment, lit(v["condition"], language))
                self.add(condition, TKG.conditionKind, string(v.get("condition_kind")))
                self.add(condition, TKG.channel, string(v.get("channel")))
                if v.get("delay"):
                    self.add(condition, TKG.delay, typed(v["delay"], XSD.duration))
        elif kind == "provisional-application":
            self.add(iri, TKG.appliedFrom, string(v.get("from")))
            self.add(iri, TKG.appliedUntil, string(v.get("until")))
        elif kind == "duration":
            self.add(iri, TKG.indefinite, boolean(v.get("indefinite")))
            if v.get("years"):
                self.add(iri, TKG.durationYears, typed(v["years"], XSD.nonNegativeInteger))
            self.add(iri, TKG.tacitRenewal, boolean(v.get("tacit_renewal")))
            if v.get("renewal_years"):
                self.add(iri, TKG.renewalYears, typed(v["renewal_years"], XSD.nonNegativeInteger))
            if v.get("until_condition"):
                self.add(iri, TKG.untilCondition, lit(v["until_condition"], language))
            if v.get("notice"):
                self.add(iri, TKG.noticePeriod, typed(v["notice"], XSD.duration))
        elif kind == "termination":
            self.add(iri, TKG.terminableBy, string(v.get("by")))
            if v.get("notice"):
                self.add(iri, TKG.noticePeriod, typed(v["notice"], XSD.duration))
            self.add(iri, TKG.noticeRunsFrom, string(v.get("from")))
            self.add(iri, TKG.channel, string(v.get("channel")))
        elif kind == "amendment":
            self.add(iri, TKG.byMutualAgreement, boolean(v.get("by_mutual_agreement")))
            self.add(iri, TKG.amendmentForm, string(v.get("form")))
            self.add(iri, TKG.integralPart, boolean(v.get("integral_part")))
        elif kind == "dispute-settlement":
            for means in v.get("means") or []:
                self.add(iri, TKG.settlementMeans, plain(means))
        elif kind == "working-language" and v.get("language"):
            self.add(iri, TKG.workingLanguage, EU_LANGUAGE[EU_LANGUAGE_CODES.get(v["language"], v["language"].upper())])
        elif kind == "authentic-languages":
            for code in v.get("languages") or []:
                self.add(iri, TKG.authenticLanguage, EU_LANGUAGE[EU_LANGUAGE_CODES.get(code, code.upper())])
            if v.get("originals"):
                self.add(iri, TKG.numberOfOriginals, typed(v["originals"], XSD.nonNegativeInteger))
            self.add(iri, TKG.equallyAuthentic, boolean(v.get("equally_authentic")))
            if v.get("prevailing"):
                self.add(iri, TKG.prevailingLanguage,
                         EU_LANGUAGE[EU_LANGUAGE_CODES.get(v["prevailing"], v["prevailing"].upper())])
        elif kind == "costs":
            self.add(iri, TKG.costsBorneBy, string(v.get("borne_by")))
        elif kind == "non-affection":
            self.add(iri, TKG.nonAffectionScope, string(v.get("scope")))

    def _norms(self, version, facts: Facts, expression, language) -> None:
        t = self.treaty
        counter: dict[tuple, int] = {}
        for norm in facts.norms:
            key = (norm.provision, norm.modality)
            counter[key] = counter.get(key, 0) + 1
            iri = self.minter.fact(t, "norm", norm.provision, f"{norm.modality}-{counter[key]}")
            self.add(iri, RDF.type, NORM_CLASSES.get(norm.modality, TKG.Norm))
            self.add(iri, RDF.type, TKG.Norm)
            self.add(t, TKG.hasNorm, iri)
            self.add(iri, TKG.bearerKind, plain(norm.bearer))
            if norm.bearer in ("each-party", "parties", "party"):
                for party in facts.parties:
                    self.add(iri, TKG.bearer, self._party(party, language))
            elif norm.bearer == "competent-authorities":
                for d in facts.designations:
                    if d.authority:
                        self.add(iri, TKG.bearer, self._authority(d, language))
            self.add(iri, TKG.action, lit(norm.action, language))
            self.add(iri, TKG.modalityCue, lit(norm.cue, language))
            self.add(iri, TKG.statedIn, self.part_iri(t, norm.provision))
            self.trace(iri, version, expression, norm.evidence)

    def _cited_treaty(self, citation) -> URIRef:
        states = sorted({s.code for s in citation.party_states})
        level = LEVELS.get(citation.level, "x")
        year = int(citation.date.iso[:4]) if citation.date and citation.date.iso else None
        subject = subject_key(citation.title)
        return self.minter.treaty(states, level, year, subject, slug(citation.title or "untitled", 50))

    def _citations(self, version, facts: Facts, expression, language) -> None:
        t = self.treaty
        counter: dict[tuple, int] = {}
        for citation in facts.citations:
            key = (citation.citing, citation.generic)
            counter[key] = counter.get(key, 0) + 1
            kind = "reference" if citation.generic else "citation"
            iri = self.minter.fact(t, kind, version.language, citation.citing or "x", str(counter[key]))
            self.add(iri, TKG.statedIn, self.part_iri(t, citation.citing))
            self.trace(iri, version, expression, citation.evidence)
            if citation.generic:
                self.add(iri, RDF.type, TKG.GenericReference)
                self.add(iri, RDF.type, TKG.Citation)
                self.add(iri, TKG.referenceKind, plain(citation.title))
                continue
            cited = self._cited_treaty(citation)
            self.add(iri, RDF.type, TKG.Citation)
            self.add(cited, RDF.type, TKG.Treaty)
            self.add(t, TKG.cites, cited)
            self.add(iri, TKG.citedTreaty, cited)
            self.add(iri, TKG.claimedTitle, lit(citation.title, language) if citation.title else None)
            # the cited treaty's name, as the citing text gives it: each citing text may word it differently
            if citation.title:
                self.label(cited, citation.title, language)
            self.add(iri, TKG.level, plain(citation.level))
            if citation.date and citation.date.iso and citation.date.complete:
                self.add(iri, TKG.claimedDate, typed(citation.date.iso, XSD.date))
            if citation.place:
                self.add(iri, TKG.claimedPlace, self._place(citation.place, language))
            for state in citation.party_states:
                self.add(iri, TKG.claimedParty, self._state(state.code))
                if citation.level == "interstate":
                    self.add(cited, TKG.hasParty, self._state(state.code))

    def _editorial(self, version, facts: Facts, expression, language) -> None:
        for n, record in enumerate(facts.editorial, 1):
            iri = self.minter.fact(self.treaty, "entry-into-force-record", version.language, str(n))
            self.add(iri, RDF.type, TKG.EntryIntoForceRecord)
            self.add(iri, TKG.recordFor, self.treaty)
            self.add(iri, TKG.editorial, typed(True, XSD.boolean))
            if record.date and record.date.iso and record.date.complete:
                self.add(iri, TKG.recordedDate, typed(record.date.iso, XSD.date))
            if record.bulletin:
                self.add(iri, TKG.bulletinReference, lit(record.bulletin, language))
            self.trace(iri, version, expression, record.evidence)

    def _disagreements(self) -> None:
        for n, d in enumerate(self.facts.disagreements, 1):
            iri = self.minter.fact(self.act_iri, "disagreement", str(n))
            self.add(iri, RDF.type, TKG.Disagreement)
            self.add(iri, TKG.aspect, Literal(d.what))
            self.add(iri, TKG.valueKk, Literal(d.kk) if d.kk is not None else None)
            self.add(iri, TKG.valueRu, Literal(d.ru) if d.ru is not None else None)
            if d.eid and self.treaty_iri:
                self.add(iri, TKG.statedIn, self.part_iri(self.treaty_iri, d.eid))
            self.add(iri, DCTERMS.subject, self.act_iri)


def build_act_graphs(parsed: ParsedAct, facts: ActFacts, minter: Minter) -> ActGraphs:
    return ActGraphBuilder(parsed, facts, minter).build()


def build_activity(minter: Minter, sources: list[tuple[URIRef, str, str]]) -> tuple[URIRef, set[Triple]]:
    """One PROV activity per build: the software version and the checksums of every input."""
    listing = "\n".join(f"{path} {sha}" for _, path, sha in sorted(sources, key=lambda s: (s[1], s[2])))
    digest = hashlib.sha256(listing.encode()).hexdigest()
    iri = minter.build(digest)
    triples: set[Triple] = {(iri, RDF.type, TKG.Build), (iri, RDF.type, PROV.Activity),
                            (iri, TKG.softwareVersion, Literal(__version__))}
    for expression, _, _ in sources:
        triples.add((iri, PROV.used, expression))
    return iri, triples
