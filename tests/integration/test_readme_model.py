"""The README's model section says what the ontology and a build of the bundled corpus say: its class diagram is
the one generated from ontology/treatykg.ttl, and its example questions give, on the corpus, the answers shown."""

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from helpers import ROOT
from treatykg.explore.model import (
    DIAGRAM_BEGIN,
    DIAGRAM_END,
    EXAMPLES,
    EXAMPLES_BEGIN,
    EXAMPLES_END,
    block,
    class_diagram,
    examples,
    ontology_graph,
)
from treatykg.rdf.vocab import TKG
from treatykg.store.queries import OxigraphEngine

README = ROOT / "README.md"
HOW_TO_REGENERATE = "python -m treatykg.explore.model --readme README.md --out out (on a build of the corpus)"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_the_readme_diagram_is_the_one_generated_from_the_ontology(readme):
    assert block(readme, DIAGRAM_BEGIN, DIAGRAM_END) == class_diagram(), HOW_TO_REGENERATE


def test_every_arrow_of_the_diagram_is_a_declared_domain_and_range():
    ontology = ontology_graph()
    arrows = re.findall(r"^    (\w+) --> (\w+) : (.+)$", class_diagram(), re.M)
    assert ("Act", "Treaty", "approves, approvesDraft, ratifies") in arrows
    assert ("Treaty", "Treaty", "cites") in arrows
    for domain, range_, names in arrows:
        for name in names.split(", "):
            term = TKG[name]
            declared = {(str(d).rsplit("#", 1)[-1], str(r).rsplit("#", 1)[-1])
                        for d in ontology.objects(term, RDFS.domain) for r in ontology.objects(term, RDFS.range)}
            assert (domain, range_) in declared, name


def test_the_diagram_follows_the_ontology():
    ontology = ontology_graph()
    ontology.remove((TKG.signingPlace, RDFS.domain, None))
    assert "Treaty --> Place : signingPlace" in class_diagram()
    assert "Treaty --> Place : signingPlace" not in class_diagram(ontology)
    changed = Graph()
    for triple in ontology_graph():
        changed.add(triple)
    changed.add((TKG.cites, RDFS.domain, URIRef(TKG.Act)))
    assert "Act --> Treaty : approves, approvesDraft, cites, ratifies" in class_diagram(changed)


def test_the_readme_examples_give_the_answers_shown_on_the_corpus(readme, corpus_build):
    shown = block(readme, EXAMPLES_BEGIN, EXAMPLES_END)
    assert len(EXAMPLES) == 3 and shown.count("```sparql") == 3
    assert shown == examples(OxigraphEngine(corpus_build[0])), HOW_TO_REGENERATE


def test_the_examples_catch_a_changed_answer(readme, corpus_build):
    """A graph that lost one fact no longer gives the README's answers."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(corpus_build[0] / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    victim = ox.NamedNode(str(TKG.signedBy))
    first = next(iter(store.quads_for_pattern(None, victim, None, None)))
    for quad in list(store.quads_for_pattern(first.subject, victim, first.object, None)):
        store.remove(quad)
    assert block(readme, EXAMPLES_BEGIN, EXAMPLES_END) != examples(OxigraphEngine(store=store))
