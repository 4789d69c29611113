"""The ontology: it parses, declares exactly the TKG vocabulary, labels it in three languages, and vendors what it
reuses."""

from __future__ import annotations

import re

import owlready2
import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from helpers import ROOT
from treatykg.rdf.vocab import ONTOLOGY_IRI, TKG

HERE = ROOT / "ontology"
ONTOLOGY = HERE / "treatykg.ttl"
IMPORT_NAMES = ("eli", "org", "skos", "prov", "time", "dcterms", "oa")
IMPORTS = sorted((HERE / "imports").glob("*.ttl"))
ALIGNMENTS = sorted((HERE / "alignments").glob("*.ttl"))
NS = str(TKG)

TERM_TYPES = {OWL.Class: "class", OWL.ObjectProperty: "object property", OWL.DatatypeProperty: "datatype property",
              OWL.AnnotationProperty: "annotation property"}
BUILT_IN = ("http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
KAZAKH_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
LATIN = re.compile(r"[A-Za-z]")


def parse(path) -> Graph:
    return Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return parse(ONTOLOGY)


@pytest.fixture(scope="module")
def imports() -> Graph:
    graph = Graph()
    for path in IMPORTS:
        graph.parse(path, format="turtle")
    return graph


def terms(graph: Graph) -> dict[URIRef, set[str]]:
    """Our terms: subjects in the tkg namespace typed as an OWL class or property, with their kinds."""
    found: dict[URIRef, set[str]] = {}
    for rdf_type, kind in TERM_TYPES.items():
        for subject in graph.subjects(RDF.type, rdf_type):
            if isinstance(subject, URIRef) and str(subject).startswith(NS):
                found.setdefault(subject, set()).add(kind)
    return found


def test_the_expected_files_are_there():
    assert ONTOLOGY.is_file()
    assert {p.stem for p in IMPORTS} >= set(IMPORT_NAMES)
    assert (HERE / "imports" / "SOURCES.md").is_file()
    assert {p.stem for p in ALIGNMENTS} == {"lkif", "schema", "wikidata"}
    assert (HERE / "alignments" / "README.md").is_file()
    assert (HERE / "README.md").is_file()


@pytest.mark.parametrize("path", [ONTOLOGY, *IMPORTS, *ALIGNMENTS], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_parses_with_rdflib_and_pyoxigraph_alike(path):
    graph = parse(path)
    assert len(graph) > 0
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)
    named = {(str(q.subject), str(q.predicate), str(q.object)) for q in quads
             if not isinstance(q.subject, pyoxigraph.BlankNode) and not isinstance(q.object, pyoxigraph.BlankNode)}
    assert len(named) == sum(1 for s, _, o in graph if not isinstance(s, BNode) and not isinstance(o, BNode))


def test_the_ontology_declares_exactly_the_vocabulary_of_the_code(ontology):
    declared = {str(term)[len(NS):] for term in terms(ontology)}
    names = set(TKG.__annotations__)
    assert declared - names == set(), "declared in ontology/treatykg.ttl but missing from treatykg.rdf.vocab.TKG"
    assert names - declared == set(), "named in treatykg.rdf.vocab.TKG but not declared in ontology/treatykg.ttl"


def test_every_term_has_one_label_in_each_language_and_an_english_definition(ontology):
    for term in terms(ontology):
        languages = sorted(label.language or "" for label in ontology.objects(term, RDFS.label))
        assert languages == ["en", "kk", "ru"], (term, languages)
        definitions = [d for d in ontology.objects(term, SKOS.definition)
                       if isinstance(d, Literal) and d.language == "en"]
        assert definitions and all(len(str(d)) > 10 for d in definitions), term
        assert (term, RDFS.isDefinedBy, URIRef(ONTOLOGY_IRI)) in ontology, term


def test_every_term_has_one_definition_in_each_language(ontology):
    missing = []
    for term in terms(ontology):
        definitions = [d for d in ontology.objects(term, SKOS.definition) if isinstance(d, Literal)]
        languages = sorted(d.language or "" for d in definitions)
        if languages != ["en", "kk", "ru"]:
            missing.append((term.removeprefix(NS), languages))
    assert missing == []


def test_kazakh_and_russian_definitions_are_written_in_their_language(ontology):
    """Not an English or Russian text under another tag: Cyrillic, with Kazakh letters in Kazakh; in Russian only
    in a Kazakh word it quotes, which the Kazakh definition quotes too."""
    kazakh_with_own_letters = 0
    for term in terms(ontology):
        definitions = {d.language: str(d) for d in ontology.objects(term, SKOS.definition)}
        kk, ru = definitions.get("kk", ""), definitions.get("ru", "")
        assert CYRILLIC.search(kk) and kk not in (ru, definitions.get("en")), (term, kk)
        quoted_kazakh = [word for word in re.findall(r"\w+", ru) if KAZAKH_LETTERS.search(word)]
        assert CYRILLIC.search(ru) and all(word in kk for word in quoted_kazakh), (term, ru)
        kazakh_with_own_letters += bool(KAZAKH_LETTERS.search(kk))
    assert kazakh_with_own_letters == len(terms(ontology))  # every Kazakh sentence of any length has one


def test_kazakh_and_russian_labels_are_not_english_copies(ontology):
    kazakh_labels = []
    for term in terms(ontology):
        labels = {label.language: str(label) for label in ontology.objects(term, RDFS.label)}
        kk, ru, en = labels["kk"], labels["ru"], labels["en"]
        assert CYRILLIC.search(kk) and kk != en, (term, kk)
        assert CYRILLIC.search(ru) and ru != en, (term, ru)
        assert not KAZAKH_LETTERS.search(ru), (term, ru)  # Russian has none of ә ғ қ ң ө ұ ү һ і
        assert not LATIN.search(kk.replace("eId", "").replace("SHA", "")), (term, kk)
        kazakh_labels.append(kk)
    assert len(kazakh_labels) == len(TKG.__annotations__)
    with_kazakh_letters = [kk for kk in kazakh_labels if KAZAKH_LETTERS.search(kk)]
    assert len(with_kazakh_letters) >= 0.8 * len(kazakh_labels)  # most Kazakh labels use a Kazakh-specific letter


def test_no_term_is_both_a_class_and_a_property(ontology, imports):
    merged = ontology + imports
    for alignment in ALIGNMENTS:
        merged += parse(alignment)
    classes = set(merged.subjects(RDF.type, OWL.Class)) | set(merged.subjects(RDF.type, RDFS.Class))
    properties = set()
    for rdf_type in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property):
        properties |= set(merged.subjects(RDF.type, rdf_type))
    assert classes & properties == set()
    for term, kinds in terms(ontology).items():
        assert len(kinds) == 1, (term, kinds)


def test_the_header_names_title_description_version_licence_and_creator(ontology):
    iri = URIRef(ONTOLOGY_IRI)
    assert (iri, RDF.type, OWL.Ontology) in ontology
    assert {t.language for t in ontology.objects(iri, DCTERMS.title)} >= {"en"}
    assert any(len(str(d)) > 100 for d in ontology.objects(iri, DCTERMS.description))
    assert ontology.value(iri, OWL.versionIRI) == URIRef(ONTOLOGY_IRI + "/0.1.0")
    assert str(ontology.value(iri, OWL.versionInfo)) == "0.1.0"
    assert ontology.value(iri, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(ontology.value(iri, DCTERMS.creator)) == "treatykg developers"
    assert ontology.value(iri, DCTERMS.created) is not None and ontology.value(iri, DCTERMS.modified) is not None
    vann = "http://purl.org/vocab/vann/"
    assert str(ontology.value(iri, URIRef(vann + "preferredNamespacePrefix"))) == "tkg"
    assert str(ontology.value(iri, URIRef(vann + "preferredNamespaceUri"))) == NS
    assert list(ontology.objects(None, OWL.imports)) == []  # the reasoner must work offline
    assert set(ontology.subjects(RDF.type, OWL.Ontology)) == {iri}


def declared_externally(imports: Graph) -> set[URIRef]:
    return {s for s in imports.subjects(RDF.type, None) if isinstance(s, URIRef)}


def test_every_external_superclass_and_superproperty_is_vendored(ontology, imports):
    declared = declared_externally(imports)
    referenced = {o for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in ontology.objects(None, p)
                  if isinstance(o, URIRef) and not str(o).startswith(NS) and not str(o).startswith(BUILT_IN)}
    assert referenced, "the ontology links to no external vocabulary"
    assert referenced - declared == set()


def test_every_external_term_the_ontology_uses_is_vendored(ontology, imports):
    """Also domains, ranges, see-also links and the annotation properties (skos:definition, dcterms:title ...)."""
    declared = declared_externally(imports)
    used = {p for p in ontology.predicates() if not str(p).startswith(BUILT_IN)}
    for p in (RDFS.domain, RDFS.range, RDFS.seeAlso, OWL.onProperty, OWL.someValuesFrom, OWL.equivalentClass):
        used |= {o for o in ontology.objects(None, p) if isinstance(o, URIRef) and not str(o).startswith(BUILT_IN)}
    used = {u for u in used if not str(u).startswith(NS)}
    assert used - declared == set()


@pytest.mark.parametrize("name,namespace", [
    ("eli", "http://data.europa.eu/eli/ontology#"), ("org", "http://www.w3.org/ns/org#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"), ("prov", "http://www.w3.org/ns/prov#"),
    ("time", "http://www.w3.org/2006/time#"), ("dcterms", "http://purl.org/dc/terms/"), ("oa", "http://www.w3.org/ns/oa#"),
])
def test_each_import_holds_only_its_own_vocabulary_with_labels_and_its_source(name, namespace):
    graph = parse(HERE / "imports" / f"{name}.ttl")
    [header] = list(graph.subjects(RDF.type, OWL.Ontology))
    assert str(header).startswith(ONTOLOGY_IRI + "/imports/")
    assert graph.value(header, DCTERMS.source) is not None
    subjects = {s for s in graph.subjects(RDF.type, None)} - {header}
    assert subjects and all(str(s).startswith(namespace) for s in subjects), name
    described_by = SKOS.definition if name == "skos" else RDFS.comment
    for term in subjects:
        assert graph.value(term, RDFS.label) is not None, term
        if name != "prov":  # PROV-O describes most of its terms with prov:definition
            assert graph.value(term, described_by) is not None, term
    sources = (HERE / "imports" / "SOURCES.md").read_text(encoding="utf-8")
    assert f"`{name}.ttl`" in sources


def test_sources_state_the_licences():
    sources = (HERE / "imports" / "SOURCES.md").read_text(encoding="utf-8")
    for words in ("European Union Public Licence", "W3C Software and Document Notice and License", "CC BY 4.0",
                  "subset"):
        assert words in sources
    readme = (HERE / "alignments" / "README.md").read_text(encoding="utf-8")
    for words in ("LGPL", "CC BY-SA 3.0", "CC0"):
        assert words in readme


def equivalent_restriction(ontology: Graph, cls: URIRef) -> tuple[URIRef, URIRef, object]:
    """(intersected class, property, value or filler) of ``cls ≡ A and (p value v | p some F)``."""
    [equivalent] = list(ontology.objects(cls, OWL.equivalentClass))
    members = list(Collection(ontology, ontology.value(equivalent, OWL.intersectionOf)))
    [named] = [m for m in members if isinstance(m, URIRef)]
    [restriction] = [m for m in members if isinstance(m, BNode)]
    filler = ontology.value(restriction, OWL.hasValue)
    if filler is None:
        filler = ontology.value(restriction, OWL.someValuesFrom)
    return named, ontology.value(restriction, OWL.onProperty), filler


def test_classes_the_open_world_cannot_decide_are_defined_from_stated_values(ontology):
    from rdflib.namespace import XSD  # imported here: pytest probes module-level names, and XSD warns on unknown ones
    assert equivalent_restriction(ontology, TKG.BilateralTreaty) == (
        TKG.Treaty, TKG.numberOfSides, Literal("2", datatype=XSD.nonNegativeInteger))
    assert equivalent_restriction(ontology, TKG.DraftTreaty) == (TKG.Treaty, TKG.draft, Literal(True))
    assert equivalent_restriction(ontology, TKG.SignedTreaty) == (TKG.Treaty, TKG.draft, Literal(False))
    assert equivalent_restriction(ontology, TKG.IntergovernmentalTreaty) == (TKG.Treaty, TKG.hasParty, TKG.Government)
    assert equivalent_restriction(ontology, TKG.InterstateTreaty) == (TKG.Treaty, TKG.hasParty, TKG.State)
    named, prop, datatype = equivalent_restriction(ontology, TKG.MultilateralTreaty)
    assert (named, prop, ontology.value(datatype, OWL.onDatatype)) == (TKG.Treaty, TKG.numberOfSides, XSD.integer)
    [facet] = list(Collection(ontology, ontology.value(datatype, OWL.withRestrictions)))
    assert ontology.value(facet, XSD.minInclusive) == Literal(3)
    for cls in (TKG.BilateralTreaty, TKG.MultilateralTreaty, TKG.DraftTreaty, TKG.SignedTreaty,
                TKG.IntergovernmentalTreaty, TKG.InterstateTreaty):
        english = " ".join(str(d) for d in ontology.objects(cls, SKOS.definition) if d.language == "en")
        assert "open world" in english, cls  # the definition says how the open world is dealt with
        assert (cls, RDFS.subClassOf, TKG.Treaty) in ontology, cls
    # a class is never both disjoint with and a subclass of another one
    for cls, other in ontology.subject_objects(OWL.disjointWith):
        assert (cls, RDFS.subClassOf, other) not in ontology and (other, RDFS.subClassOf, cls) not in ontology
    assert list(ontology.objects(None, OWL.qualifiedCardinality)) == []
    assert list(ontology.objects(None, OWL.minQualifiedCardinality)) == []
    assert list(ontology.objects(None, OWL.maxQualifiedCardinality)) == []


def test_alignments_link_without_sameas_and_keep_lkif_to_skos_mappings():
    for path in ALIGNMENTS:
        graph = parse(path)
        assert list(graph.subject_objects(OWL.sameAs)) == [], path.name
        links = {p for s, p, _ in graph if str(s).startswith(NS)}
        assert links, path.name
        assert links <= {RDFS.subClassOf, SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch,
                         SKOS.relatedMatch}, path.name
    lkif = parse(HERE / "alignments" / "lkif.ttl")
    norm = "http://www.estrellaproject.org/lkif-core/norm.owl#"
    for ours, theirs in ((TKG.Treaty, "Treaty"), (TKG.Obligation, "Obligation"), (TKG.Permission, "Permission")):
        assert (ours, SKOS.closeMatch, URIRef(norm + theirs)) in lkif
    assert list(lkif.subject_objects(RDFS.subClassOf)) == []  # LKIF's Obligation ⊑ Permission must not leak in
    wikidata = parse(HERE / "alignments" / "wikidata.ttl")
    wd = "http://www.wikidata.org/entity/"
    assert (TKG.Treaty, SKOS.closeMatch, URIRef(wd + "Q131569")) in wikidata
    assert (TKG.Person, SKOS.closeMatch, URIRef(wd + "Q5")) in wikidata
    assert list(wikidata.subject_objects(OWL.equivalentClass)) == []
    for path in ALIGNMENTS:  # alignments never redeclare our own terms
        assert terms(parse(path)) == {}, path.name


def test_the_ontology_and_its_imports_load_into_owlready2(tmp_path, ontology, imports):
    merged = ontology + imports
    path = tmp_path / "treatykg-with-imports.nt"
    merged.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    treaty = world[str(TKG.Treaty)]
    assert treaty is not None
    assert world[str(TKG.BilateralTreaty)] in set(treaty.subclasses())
    assert world[str(TKG.hasParty)] is not None and world[str(TKG.numberOfSides)] is not None
    declared = {str(c.iri) for c in world.classes() if c.iri.startswith(NS)}
    assert declared == {str(t) for t, kinds in terms(ontology).items() if "class" in kinds}
