"""Typed namespaces: every IRI of a vocabulary term is spelled here once.

``TKG`` lists the terms of ontology/treatykg.ttl, which is the single source of truth: a test fails when
this module names a term the ontology does not declare, or the ontology declares one that no builder
uses and that is not marked reserved (``tkg:reserved true``).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/treatykg/ontology"
DEFAULT_BASE = "https://w3id.org/treatykg/"

ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
EU_LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")
WD = Namespace("http://www.wikidata.org/entity/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
TKGSH = Namespace("https://w3id.org/treatykg/shapes#")  # the SHACL shapes of shapes/ (tkgsh:ActShape)
# The IANA media type of Akoma Ntoso XML: the eli:format of the AKN manifestation of each expression (treatykg.akn)
AKN_MEDIA_TYPE = URIRef("http://www.iana.org/assignments/media-types/application/akn+xml")


# The page where the publisher of an act's official text shows it, linked from the act's language version. rdfs:seeAlso
# ("a resource that might provide additional information about the subject"): what linked-data browsers render as a
# link, in RDFS itself. It claims no more than the metadata file does: dcterms:source would say that the graph's text
# is derived from that page, where it comes from a copy of a copy; ELI names a page only through an eli:Format, whose
# media type the metadata does not give.
OFFICIAL_PAGE = RDFS.seeAlso


class TKG(DefinedNamespace):
    """The treatykg ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # acts and treaties
    Act: URIRef
    GovernmentResolution: URIRef
    ParliamentResolution: URIRef
    PresidentialDecree: URIRef
    Law: URIRef
    Treaty: URIRef
    BilateralTreaty: URIRef
    MultilateralTreaty: URIRef
    DraftTreaty: URIRef
    SignedTreaty: URIRef
    IntergovernmentalTreaty: URIRef
    InterstateTreaty: URIRef
    # parts of a text
    Preamble: URIRef
    Recital: URIRef
    Section: URIRef
    Article: URIRef
    Paragraph: URIRef
    ItemList: URIRef
    ListItem: URIRef
    ActPoint: URIRef
    Protocol: URIRef
    Annex: URIRef
    ClosingFormula: URIRef
    EditorialNote: URIRef
    # parties, states, organisations, people
    State: URIRef
    Government: URIRef
    NationalBank: URIRef
    Ministry: URIRef
    Agency: URIRef
    InternationalOrganisation: URIRef
    Side: URIRef
    PartiesDescription: URIRef
    Person: URIRef
    Post: URIRef
    Place: URIRef
    Designation: URIRef
    SigningAuthorisation: URIRef
    # terms
    DefinedTerm: URIRef
    TermScheme: URIRef
    # clauses
    Clause: URIRef
    EntryIntoForceClause: URIRef
    EntryIntoForceCondition: URIRef
    ProvisionalApplicationClause: URIRef
    DurationClause: URIRef
    TerminationClause: URIRef
    AmendmentClause: URIRef
    DisputeSettlementClause: URIRef
    WorkingLanguageClause: URIRef
    AuthenticLanguagesClause: URIRef
    CostsClause: URIRef
    NonAffectionClause: URIRef
    # norms
    Norm: URIRef
    Obligation: URIRef
    Permission: URIRef
    Prohibition: URIRef
    Right: URIRef
    # citations, claims, provenance
    Citation: URIRef
    GenericReference: URIRef
    EntryIntoForceRecord: URIRef
    Disagreement: URIRef
    ActStatement: URIRef
    Passage: URIRef
    Build: URIRef

    # act -> treaty
    approves: URIRef
    approvesDraft: URIRef
    ratifies: URIRef
    authorises: URIRef
    authorisedPerson: URIRef
    authorisedPost: URIRef
    authorisedOrganisation: URIRef
    authorisedToSign: URIRef
    signedBy: URIRef
    signedByPost: URIRef
    # treaty and text
    hasParty: URIRef
    partiesDescribedAs: URIRef
    actsFor: URIRef
    hasSide: URIRef
    sideMember: URIRef
    sideNumber: URIRef
    numberOfSides: URIRef
    collectiveName: URIRef
    nameAsWritten: URIRef
    text: URIRef
    heading: URIRef
    eId: URIRef
    numberValue: URIRef
    draft: URIRef
    signingPlace: URIRef
    signingDateText: URIRef
    signingYear: URIRef
    # designations
    designatingParty: URIRef
    designatedAuthority: URIRef
    authorityState: URIRef
    deferred: URIRef
    statedIn: URIRef
    # terms
    usesTerm: URIRef
    usedIn: URIRef
    # clauses
    hasClause: URIRef
    conditionKind: URIRef
    delay: URIRef
    entryIntoForceCondition: URIRef
    channel: URIRef
    appliedFrom: URIRef
    appliedUntil: URIRef
    indefinite: URIRef
    durationYears: URIRef
    tacitRenewal: URIRef
    renewalYears: URIRef
    untilCondition: URIRef
    terminableBy: URIRef
    noticePeriod: URIRef
    noticeRunsFrom: URIRef
    byMutualAgreement: URIRef
    amendmentForm: URIRef
    integralPart: URIRef
    settlementMeans: URIRef
    workingLanguage: URIRef
    authenticLanguage: URIRef
    numberOfOriginals: URIRef
    equallyAuthentic: URIRef
    prevailingLanguage: URIRef
    costsBorneBy: URIRef
    nonAffectionScope: URIRef
    # norms
    hasNorm: URIRef
    bearer: URIRef
    bearerKind: URIRef
    action: URIRef
    modalityCue: URIRef
    # citations and claims
    cites: URIRef
    citedTreaty: URIRef
    claimedTitle: URIRef
    claimedDate: URIRef
    claimedPlace: URIRef
    claimedParty: URIRef
    referenceKind: URIRef
    level: URIRef
    recordFor: URIRef
    recordedDate: URIRef
    bulletinReference: URIRef
    aspect: URIRef
    valueKk: URIRef
    valueRu: URIRef
    disputedNode: URIRef
    disputedProperty: URIRef
    actStatement: URIRef
    statedValue: URIRef
    sourceLocation: URIRef
    # provenance
    passage: URIRef
    inExpression: URIRef
    sourceFile: URIRef
    sha256: URIRef
    encoding: URIRef
    editorial: URIRef
    softwareVersion: URIRef
    reserved: URIRef


__all__ = ["TKG", "ELI", "OA", "EU_COUNTRY", "EU_LANGUAGE", "WD", "FOAF", "DCAT", "DCTERMS", "ORG", "OWL", "PROV",
           "RDF", "RDFS", "SKOS", "TIME", "VOID", "XSD", "ONTOLOGY_IRI", "DEFAULT_BASE", "AKN_MEDIA_TYPE",
           "OFFICIAL_PAGE"]
