"""Corruptions of a valid graph, each a small named function, and the check expected to catch it.

A mutation takes an rdflib Graph (one act's triples, or the ontology for target "ontology"), changes it in place and
returns True, or returns False when the graph has nothing to corrupt (the test then tries the next act).
``expect`` is the SHACL shape (tkgsh:…) that must report a Violation, or "reasoner" for an OWL inconsistency.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from treatykg.rdf.vocab import ELI, OA, TKG


@dataclass(frozen=True)
class Mutation:
    name: str
    func: Callable[[Graph], bool]
    expect: str
    target: str = "data"  # "data" (SHACL on instance data), "ontology" (SHACL on the ontology), "reasoner"


MUTATIONS: list[Mutation] = []


def mutation(expect: str, target: str = "data"):
    def register(func):
        MUTATIONS.append(Mutation(func.__name__, func, expect, target))
        return func
    return register


# --- helpers -----------------------------------------------------------------------------------------------------

def first(g: Graph, query: str):
    rows = sorted(g.query("""PREFIX tkg: <https://w3id.org/treatykg/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> """ + query),
                  key=lambda row: tuple(str(x) for x in row))
    return rows[0] if rows else None


def rename(g: Graph, old: URIRef, new: URIRef) -> None:
    for s, p, o in list(g):
        if old in (s, o):
            g.remove((s, p, o))
            g.add((new if s == old else s, p, new if o == old else o))


def text_treaty(g: Graph):
    row = first(g, "SELECT ?t WHERE { ?t tkg:draft ?d }")
    return row[0] if row else None


# --- instance data: SHACL ----------------------------------------------------------------------------------------

@mutation("tkgsh:ArticleShape")
def drop_article_number(g):
    row = first(g, "SELECT ?a ?n WHERE { ?a a tkg:Article ; tkg:numberValue ?n }")
    if not row:
        return False
    g.remove((row[0], TKG.numberValue, None))
    return True


@mutation("tkgsh:ArticleContiguityShape")
def gap_in_article_numbers(g):
    row = first(g, "SELECT ?a WHERE { ?a a tkg:Article ; tkg:numberValue 2 }")
    if not row:
        return False
    g.set((row[0], TKG.numberValue, Literal(99, datatype=XSD.integer)))
    return True


@mutation("tkgsh:UniqueEIdShape")
def duplicate_eid(g):
    row = first(g, """SELECT ?a ?b ?e WHERE { ?a a tkg:Article ; tkg:numberValue 1 ; tkg:eId ?e ; eli:is_part_of ?w .
                      ?b a tkg:Article ; tkg:numberValue 2 ; eli:is_part_of ?w }""")
    if not row:
        return False
    g.set((row[1], TKG.eId, row[2]))
    return True


@mutation("tkgsh:PartShape")
def two_eids_on_a_part(g):
    row = first(g, "SELECT ?a WHERE { ?a a tkg:Paragraph }")
    if not row:
        return False
    g.add((row[0], TKG.eId, Literal("art_999")))
    return True


@mutation("tkgsh:PartShape")
def malformed_part_iri(g):
    row = first(g, "SELECT ?a WHERE { ?a a tkg:Recital }")
    if not row:
        return False
    rename(g, row[0], URIRef(str(row[0]) + "/Recital 2"))
    return True


@mutation("tkgsh:PartShape")
def untagged_article_text(g):
    row = first(g, "SELECT ?a ?t WHERE { ?a a tkg:Article ; tkg:text ?t }")
    if not row:
        return False
    g.remove((row[0], TKG.text, row[1]))
    g.add((row[0], TKG.text, Literal(str(row[1]))))
    return True


@mutation("tkgsh:PartShape")
def text_tagged_german(g):
    row = first(g, "SELECT ?a ?t WHERE { ?a a tkg:ListItem ; tkg:text ?t }")
    if not row:
        return False
    g.remove((row[0], TKG.text, row[1]))
    g.add((row[0], TKG.text, Literal(str(row[1]), lang="de")))
    return True


@mutation("tkgsh:PartShape")
def kazakh_text_tagged_ru(g):
    row = first(g, "SELECT ?a ?t WHERE { ?a a tkg:Article ; tkg:text ?t , ?r "
                   "FILTER(LANG(?t) = 'kk' && LANG(?r) = 'ru') }")
    if not row:
        return False
    g.remove((row[0], TKG.text, row[1]))
    g.add((row[0], TKG.text, Literal(str(row[1]), lang="ru")))
    return True


@mutation("tkgsh:DefinedTermShape")
def kazakh_term_label_tagged_ru(g):
    row = first(g, "SELECT ?d ?l WHERE { ?d a tkg:DefinedTerm ; skos:prefLabel ?l , ?r "
                   "FILTER(LANG(?l) = 'kk' && LANG(?r) = 'ru') }")
    if not row:
        return False
    g.remove((row[0], SKOS.prefLabel, row[1]))
    g.add((row[0], SKOS.prefLabel, Literal(str(row[1]), lang="ru")))
    return True


@mutation("tkgsh:DefinedTermShape")
def term_without_definition(g):
    row = first(g, "SELECT ?d WHERE { ?d a tkg:DefinedTerm }")
    if not row:
        return False
    g.remove((row[0], SKOS.definition, None))
    return True


@mutation("tkgsh:DefinitionLanguageShape")
def definition_missing_in_label_language(g):
    row = first(g, "SELECT ?d ?x WHERE { ?d a tkg:DefinedTerm ; skos:definition ?x , ?y "
                   "FILTER(LANG(?x) = 'kk' && LANG(?y) = 'ru') }")
    if not row:
        return False
    g.remove((row[0], SKOS.definition, row[1]))
    return True


@mutation("tkgsh:TreatyTextShape")
def treaty_with_one_party(g):
    t = text_treaty(g)
    parties = sorted(g.objects(t, TKG.hasParty)) if t else []
    if len(parties) < 2:
        return False
    for p in parties[1:]:
        g.remove((t, TKG.hasParty, p))
    return True


@mutation("tkgsh:TreatyTextShape")
def party_without_state(g):
    t = text_treaty(g)
    party = next(iter(sorted(g.objects(t, TKG.hasParty))), None) if t else None
    if party is None or (party, RDF.type, TKG.State) in g:
        return False
    g.remove((party, TKG.actsFor, None))
    return True


@mutation("tkgsh:TreatyTextShape")
def number_of_sides_missing(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.remove((t, TKG.numberOfSides, None))
    return True


@mutation("tkgsh:TreatyShape")
def number_of_sides_as_string(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.set((t, TKG.numberOfSides, Literal("two")))
    return True


@mutation("tkgsh:TreatyShape")
def party_as_literal(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.add((t, TKG.hasParty, Literal("Republic of Kazakhstan")))
    return True


@mutation("tkgsh:TreatyShape")
def signing_year_as_plain_string(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.add((t, TKG.signingYear, Literal("2001")))
    return True


@mutation("tkgsh:TreatyShape")
def entry_into_force_date_malformed(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.add((t, ELI.first_date_entry_in_force, Literal("soon after ratification")))
    return True


@mutation("tkgsh:TreatyShape")
def malformed_treaty_iri(g):
    t = text_treaty(g)
    if t is None:
        return False
    rename(g, t, URIRef(str(t).replace("/akn/int/treaty/", "/treaties/")))
    return True


@mutation("tkgsh:EntryIntoForceClauseShape")
def entry_into_force_neither_date_nor_condition(g):
    t = text_treaty(g)
    if t is None or (t, ELI.first_date_entry_in_force, None) in g:
        return False
    g.remove((None, TKG.entryIntoForceCondition, None))
    return True


@mutation("tkgsh:DesignationShape")
def designation_by_foreign_party(g):
    row = first(g, "SELECT ?d WHERE { ?d a tkg:Designation }")
    if not row:
        return False
    foreign = URIRef(str(row[0]).split("/akn/")[0] + "/id/org/RUS/government")
    g.add((foreign, RDF.type, TKG.Government))
    g.set((row[0], TKG.designatingParty, foreign))
    return True


@mutation("tkgsh:DesignationShape")
def designation_without_party(g):
    row = first(g, "SELECT ?d WHERE { ?d a tkg:Designation }")
    if not row:
        return False
    g.remove((row[0], TKG.designatingParty, None))
    return True


@mutation("tkgsh:SideShape")
def side_without_member(g):
    row = first(g, "SELECT ?s WHERE { ?s a tkg:Side }")
    if not row:
        return False
    g.remove((row[0], TKG.sideMember, None))
    return True


@mutation("tkgsh:ActShape")
def act_date_as_string(g):
    row = first(g, "SELECT ?a ?d WHERE { ?a a tkg:Act ; eli:date_document ?d }")
    if not row:
        return False
    g.set((row[0], ELI.date_document, Literal(str(row[1]))))
    return True


@mutation("tkgsh:CitationShape")
def citation_with_malformed_date(g):
    row = first(g, "SELECT ?c WHERE { ?c tkg:citedTreaty ?t }")
    if not row:
        return False
    g.remove((row[0], TKG.claimedDate, None))
    g.add((row[0], TKG.claimedDate, Literal("1992-13-45", datatype=XSD.date)))
    return True


@mutation("tkgsh:ClauseShape")
def notice_period_in_words(g):
    row = first(g, "SELECT ?c WHERE { ?c tkg:noticePeriod ?p }")
    if not row:
        return False
    g.set((row[0], TKG.noticePeriod, Literal("six months")))
    return True


@mutation("tkgsh:ClauseShape")
def clause_of_no_treaty(g):
    row = first(g, "SELECT ?t ?c WHERE { ?t tkg:hasClause ?c }")
    if not row:
        return False
    g.remove((row[0], TKG.hasClause, row[1]))
    return True


@mutation("tkgsh:NormShape")
def norm_borne_by_a_place(g):
    row = first(g, "SELECT ?n ?p WHERE { ?n a tkg:Obligation . ?p a tkg:Place }")
    if not row:
        return False
    g.add((row[0], TKG.bearer, row[1]))
    return True


@mutation("tkgsh:ProvenanceShape")
def norm_without_passage(g):
    row = first(g, "SELECT ?n WHERE { ?n a tkg:Norm }")
    if not row:
        return False
    g.remove((row[0], TKG.passage, None))
    return True


@mutation("tkgsh:PassageShape")
def passage_ends_before_it_starts(g):
    row = first(g, "SELECT ?p ?s ?e WHERE { ?p a tkg:Passage ; oa:start ?s ; oa:end ?e }")
    if not row:
        return False
    g.set((row[0], OA.start, row[2]))
    g.set((row[0], OA.end, row[1]))
    return True


@mutation("tkgsh:PassageShape")
def passage_without_expression(g):
    row = first(g, "SELECT ?p WHERE { ?p a tkg:Passage ; tkg:inExpression ?x }")
    if not row:
        return False
    g.remove((row[0], TKG.inExpression, None))
    return True


@mutation("tkgsh:ExpressionShape")
def malformed_checksum(g):
    row = first(g, "SELECT ?x WHERE { ?x tkg:sha256 ?h }")
    if not row:
        return False
    g.set((row[0], TKG.sha256, Literal("not-a-checksum")))
    return True


@mutation("tkgsh:StateShape")
def lower_case_state_code(g):
    row = first(g, "SELECT ?s WHERE { ?s a tkg:State FILTER(STRENDS(STR(?s), '/KAZ')) }")
    if not row:
        return False
    rename(g, row[0], URIRef(str(row[0])[:-3] + "kaz"))
    return True


@mutation("tkgsh:SigningAuthorisationShape")
def authorisation_without_person(g):
    row = first(g, "SELECT ?a WHERE { ?a a tkg:SigningAuthorisation }")
    if not row:
        return False
    g.remove((row[0], TKG.authorisedPerson, None))
    return True


@mutation("tkgsh:EntryIntoForceRecordShape")
def record_not_marked_editorial(g):
    row = first(g, "SELECT ?r WHERE { ?r a tkg:EntryIntoForceRecord }")
    if not row:
        return False
    g.remove((row[0], TKG.editorial, None))
    return True


# --- the ontology: SHACL (shapes/ontology.ttl) -------------------------------------------------------------------

@mutation("tkgsh:OntologyHierarchyShape", target="ontology")
def term_subclass_of_itself(g):
    g.add((TKG.Article, RDFS.subClassOf, TKG.Article))
    return True


@mutation("tkgsh:OntologyHierarchyShape", target="ontology")
def cycle_in_class_hierarchy(g):
    g.add((TKG.Clause, RDFS.subClassOf, TKG.EntryIntoForceClause))
    return True


@mutation("tkgsh:OntologyKindShape", target="ontology")
def term_both_class_and_property(g):
    g.add((TKG.Designation, RDF.type, OWL.ObjectProperty))
    return True


@mutation("tkgsh:OntologyTermShape", target="ontology")
def term_without_kazakh_label(g):
    for label in list(g.objects(TKG.Treaty, RDFS.label)):
        if label.language == "kk":
            g.remove((TKG.Treaty, RDFS.label, label))
    return True


@mutation("tkgsh:OntologyTermShape", target="ontology")
def term_with_two_english_labels(g):
    g.add((TKG.Treaty, RDFS.label, Literal("agreement", lang="en")))
    return True


@mutation("tkgsh:OntologyObjectPropertyShape", target="ontology")
def object_property_with_datatype_range(g):
    g.add((TKG.hasParty, RDFS.range, XSD.string))
    return True


# --- the reasoner (Pellet on one document) -----------------------------------------------------------------------

@mutation("reasoner", target="reasoner")
def treaty_typed_as_act(g):
    t = text_treaty(g)
    if t is None:
        return False
    g.add((t, RDF.type, TKG.Act))  # Act and Treaty are disjoint
    return True


@mutation("reasoner", target="reasoner")
def government_typed_as_ministry(g):
    row = first(g, "SELECT ?o WHERE { ?o a tkg:Government }")
    if not row:
        return False
    g.add((row[0], RDF.type, TKG.Ministry))  # the five kinds of organisation are pairwise disjoint
    return True
