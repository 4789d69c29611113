"""The fact layer: what the text states, beside the document model, each fact with the passage it came from.

Facts name model nodes by eId and carry normalised offsets; raw offsets come from the version's offset
map when facts are written out. The graph stage maps these facts to IRIs; nothing here invents what the
text does not say: an unknown value stays None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NotRequired, TypedDict


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the model node (eId), the normalised span, and the words that decided it."""

    eid: str | None
    start: int
    end: int
    text: str
    editorial: bool = False  # from an editorial note or metadata, not from treaty text


@dataclass
class ActRequisites:
    """The approving act's type, issuer, date and number, as its header and formula (or its metadata file) state
    them."""

    act_type: str | None          # resolution | decree | law
    act_type_text: str | None     # the word as written (lang/act_wording.ACT_TYPE_WORD)
    issuer: str | None            # as written (the subject of the enacting formula)
    date: str | None              # ISO, only when the date is complete
    date_text: str | None         # as written
    number: str | None
    evidence: Evidence | None = None
    issuer_state: State | None = None
    issuer_is_government: bool = False


@dataclass
class Approval:
    """How the act relates to the treaty: it approves the draft, ratifies or approves it (in one of its points)."""

    relation: str                 # approves-draft | ratifies | approves
    point: str | None             # eId of the point that says so
    evidence: Evidence
    treaty_states: list[State] = field(default_factory=list)  # the states the point names in the treaty's title


@dataclass
class State:
    code: str          # ISO 3166-1 alpha-3, as the EU country authority table uses
    name_en: str
    as_written: str


@dataclass
class Party:
    name: str                   # in the nominative singular, as the preamble (else title or signatures) names it
    kind: str                   # state | government | national-bank | ministry | agency | other
    state: State | None         # the state it acts for (a government acts for its state)
    side: int                   # 1-based; a side can hold several parties
    evidence: Evidence
    role: str | None = None     # a name the treaty gives this party alone ("the Host Party")
    as_written: str | None = None  # the words it was read from, where the name is their reading (a Russian
                                   # instrumental, "by the Government of …")
    other_names: list[str] = field(default_factory=list)  # as the treaty's title names it, where that differs


@dataclass
class DescribedParties:
    """The parties of an open treaty as its preamble describes them, none by name ("the member Governments of the
    Council of Europe, signatories hereto"; lang/party_names.DESCRIBED_PARTIES)."""

    description: str
    evidence: Evidence


@dataclass
class Designation:
    """A competent authority designated by a party, or left to a later notification (authority None)."""

    party: str | None
    state: State | None
    authority: str | None
    article: str | None          # eId of the article that designates it
    deferred: bool
    evidence: Evidence
    authority_kind: str | None = None  # ministry | agency, read from the authority's name


@dataclass
class DefinedTerm:
    term: str
    definition: str
    evidence: Evidence
    broader: list[str] = field(default_factory=list)   # "a kind of" another defined term
    uses: list[str] = field(default_factory=list)      # other defined terms used inside its definition
    used_in: list[str] = field(default_factory=list)   # eIds of provisions that use the term


@dataclass
class Person:
    name: str                 # in the usual spelling; "" where the text prints only the office (a signature)
    office: str | None        # as written
    state: State | None
    role: str                 # signer (signed the act) | authorised-signatory (authorised to sign the treaty) |
                              # authorised-body (a body charged to conclude it; its name, as written, is ``office``)
    evidence: Evidence
    as_written: str = ""      # the name in the case the text uses (kk dative, ru accusative:
                              # lang/person_wording.nominative)


@dataclass
class StatedDate:
    role: str                 # act-date | signing | entry-into-force | cited-signing ...
    text: str
    iso: str | None           # YYYY-MM-DD, or YYYY when only the year is known
    complete: bool
    evidence: Evidence
    year: int | None = None   # known even where the day or month is left blank


@dataclass
class Place:
    as_written: str
    name: str                 # its identity across languages: the gazetteer's English name (either language's
                              # Minsk, in any case -> Minsk), else the nominative (lang/gazetteer.place_name)
    role: str                 # signing | cited-signing
    evidence: Evidence
    wikidata: str | None = None  # where the gazetteer knows the place
    nominative: str = ""      # the name in the nominative, in the language of the words that name it
    language: str = ""        # that language (kk or ru): a Kazakh act may quote a Russian closing formula
    known: bool = False       # the gazetteer knows it: ``name`` is its English name


@dataclass
class EditorialEntryIntoForce:
    date: StatedDate | None
    bulletin: str | None      # as written: "Bulletin of international treaties of the RK, 2002, N 1, doc. 12"
    evidence: Evidence


@dataclass
class Citation:
    """A citation of another international treaty, or a generic reference (``generic`` True)."""

    title: str | None
    parties: list[str]
    level: str                # interstate | intergovernmental | interagency | unknown | generic
    date: StatedDate | None
    place: Place | None
    citing: str | None        # eId of the citing provision
    generic: bool
    evidence: Evidence
    party_states: list[State] = field(default_factory=list)  # the states the named parties are of


@dataclass
class Closing:
    """What a closing formula states besides its date and place: how many originals, in which languages, and
    which text prevails."""

    originals: int | None
    languages: list[str]      # ISO 639-1 codes, in the order the formula names them
    prevailing: str | None
    evidence: Evidence


@dataclass
class SignedFor:
    """A signature in the treaty's signature block, and the party it is given for, as written."""

    party: str | None
    evidence: Evidence


# The values of each clause kind (facts.clauses describes what each means). They stay plain dicts, so that a
# clause is written to JSON and read by the graph as it is; a key that is not a Python name ("from") takes the
# functional form.


class EntryIntoForceValues(TypedDict):
    date: str | None
    condition: str | None
    condition_kind: str | None
    channel: str | None
    delay: NotRequired[str]   # only where the text states a period between the condition and the entry into force


ProvisionalApplicationValues = TypedDict("ProvisionalApplicationValues", {"from": str | None, "until": str | None})


class DurationValues(TypedDict):
    indefinite: bool
    years: int | None
    tacit_renewal: bool
    renewal_years: int | None
    until_condition: str | None
    notice: str | None


TerminationValues = TypedDict("TerminationValues", {
    "by": str | None, "how": str | None, "channel": str | None, "notice": str | None, "from": str | None})


class AmendmentValues(TypedDict):
    by_mutual_agreement: bool
    form: str | None
    integral_part: bool


class DisputeSettlementValues(TypedDict):
    means: list[str]


class WorkingLanguageValues(TypedDict):
    language: str


class AuthenticLanguagesValues(TypedDict):
    languages: list[str]
    originals: int | None
    equally_authentic: bool
    prevailing: str | None


class CostsValues(TypedDict):
    borne_by: str


class NonAffectionValues(TypedDict):
    scope: str | None


ClauseValues = (EntryIntoForceValues | ProvisionalApplicationValues | DurationValues | TerminationValues
                | AmendmentValues | DisputeSettlementValues | WorkingLanguageValues | AuthenticLanguagesValues
                | CostsValues | NonAffectionValues)


@dataclass
class Clause:
    """A typed clause tied to its provision. ``values`` holds the kind's own attributes (see facts.clauses)."""

    kind: str
    provision: str | None
    values: ClauseValues
    evidence: Evidence


@dataclass
class Norm:
    """An obligation, permission, prohibition or right, with its bearer and the cue that decided it."""

    modality: str             # obligation | permission | prohibition | right | statement
    bearer: str               # each-party | parties | party | competent-authorities | other
    bearer_text: str
    action: str
    cue: str
    provision: str
    evidence: Evidence


@dataclass
class Disagreement:
    what: str
    kk: str | None
    ru: str | None
    eid: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Facts:
    """Everything extracted from one language version."""

    language: str
    act: ActRequisites | None = None
    approvals: list[Approval] = field(default_factory=list)
    draft: bool = False       # the treaty text is a draft (marked so, or the act approves a draft)
    parties: list[Party] = field(default_factory=list)
    described_parties: DescribedParties | None = None  # an open treaty's parties, where it names none
    collective_name: str | None = None
    sides: int = 0
    designations: list[Designation] = field(default_factory=list)
    terms: list[DefinedTerm] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    dates: list[StatedDate] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    editorial: list[EditorialEntryIntoForce] = field(default_factory=list)
    closings: list[Closing] = field(default_factory=list)
    signed_for: list[SignedFor] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    norms: list[Norm] = field(default_factory=list)

    @property
    def bilateral(self) -> bool:
        return self.sides == 2

    @property
    def closing(self) -> Closing | None:
        """The treaty's own closing formula (the others close its protocols and annexes)."""
        return next((c for c in self.closings if c.evidence.eid == "conclusions"), None)
