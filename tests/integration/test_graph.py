"""Ontology and graph: dumps that parse back, determinism, stable IRIs, provenance, and the seed's facts in SPARQL."""

import os
import re
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from helpers import CORPUS, ROOT, SEED
from treatykg.build.corpus_build import build
from treatykg.rdf.dumps import to_ox
from treatykg.rdf.vocab import DEFAULT_BASE, TKG

T = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/government-communications"
ACT = DEFAULT_BASE + "akn/kz/act/resolution/2011-07-26/860"
PREFIXES = f"""PREFIX tkg: <{TKG}> PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> """


@pytest.fixture(scope="module")
def built(corpus_build):
    out, result = corpus_build
    store = ox.Store()
    store.load(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    return out, result, store


def ask(store, query: str) -> list[tuple]:
    return [tuple(None if v is None else v.value for v in row) for row in store.query(PREFIXES + query,
                                                                                     use_default_graph_as_union=True)]


def test_every_dump_parses_back_isomorphic_with_rdflib_and_pyoxigraph(built):
    out, result, _ = built
    instance = Graph()
    for triples in result.graphs.values():
        for t in triples:
            instance.add(t)
    expected = {str(ox.Triple(*map(to_ox, t))) for t in instance}
    for name, fmt, ox_fmt in (("treatykg.ttl", "turtle", ox.RdfFormat.TURTLE),
                              ("treatykg.nt", "nt", ox.RdfFormat.N_TRIPLES),
                              ("treatykg.jsonld", "json-ld", ox.RdfFormat.JSON_LD)):
        parsed = Graph().parse(out / name, format=fmt)
        assert isomorphic(parsed, instance), name
        oxi = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(path=str(out / name), format=ox_fmt)}
        assert oxi == expected, name
    for name, fmt, ox_fmt in (("treatykg.nq", "nquads", ox.RdfFormat.N_QUADS),
                              ("treatykg.trig", "trig", ox.RdfFormat.TRIG)):
        dataset = Dataset()
        dataset.parse(out / name, format=fmt)
        graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert graphs >= {str(g) for g in result.graphs}, name
        assert "https://w3id.org/treatykg/ontology/graph" in graphs  # the ontology's own named graph
        quads = list(ox.parse(path=str(out / name), format=ox_fmt))
        assert len(quads) == (sum(len(t) for t in result.graphs.values())
                              + len(Graph().parse(ROOT / "ontology" / "treatykg.ttl"))), name
    ontology = Graph().parse(out / "ontology.rdf", format="xml")
    assert isomorphic(ontology, Graph().parse(ROOT / "ontology" / "treatykg.ttl"))


def test_no_blank_nodes_anywhere(built):
    _, result, _ = built
    assert not [t for triples in result.graphs.values() for t in triples for x in t if isinstance(x, BNode)]


def test_builds_are_byte_identical_across_hash_seeds(corpus_build, tmp_path):
    """The session's build (this process, serial) and the command's in a process with another hash seed (in
    parallel, the default) write the same bytes."""
    seed = "4242" if os.environ.get("PYTHONHASHSEED") != "4242" else "0"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    probe = subprocess.run([sys.executable, "-c", "print(hash('treatykg'))"], env=env, capture_output=True, text=True)
    assert int(probe.stdout) != hash("treatykg")  # the two processes hash strings differently
    out = tmp_path / seed
    subprocess.run([sys.executable, "-m", "treatykg.cli", "build", str(CORPUS), "--out", str(out)],
                   env=env, check=True, capture_output=True)
    outputs = [{p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
               for folder in (corpus_build[0], out)]
    assert outputs[0].keys() == outputs[1].keys() and len(outputs[0]) == 10  # 7 dumps, shapes, closure, context
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name


def test_base_iri_is_configurable(tmp_path):
    result = build([SEED], tmp_path, "https://laws.example.org/kg/")
    subjects = {str(s) for triples in result.graphs.values() for s, _, _ in triples}
    assert "https://laws.example.org/kg/akn/kz/act/resolution/2011-07-26/860" in subjects
    assert not [s for s in subjects if s.startswith(DEFAULT_BASE)]


def test_seed_decree(built):
    _, _, store = built
    rows = ask(store, f"""SELECT DISTINCT ?number ?date ?issuer ?type WHERE {{ <{ACT}> eli:number ?number ;
        eli:date_document ?date ; eli:passed_by ?issuer ; a ?type . FILTER(?type = tkg:GovernmentResolution) }}""")
    assert rows == [("860", "2011-07-26", DEFAULT_BASE + "id/org/KAZ/government", str(TKG.GovernmentResolution))]
    assert bool(store.query(PREFIXES + f"ASK {{ <{ACT}> tkg:approvesDraft <{T}> }}", use_default_graph_as_union=True))
    rows = ask(store, f"""SELECT DISTINCT ?name ?office WHERE {{ <{ACT}> tkg:authorises ?a .
        ?a tkg:authorisedPerson ?p ; tkg:authorisedPost ?post . ?p rdfs:label ?name . ?post rdfs:label ?office }}""")
    assert rows == [("Ержан Хозеұлы Қазыханов", "Қазақстан Республикасының Сыртқы істер министрі")]
    # the Prime Minister's post is shared with the other acts, which label it in Russian too
    rows = ask(store, f"""SELECT DISTINCT ?name ?office WHERE {{ <{ACT}> tkg:signedBy ?p .
        ?p rdfs:label ?name ; org:holds ?post . ?post rdfs:label ?office . FILTER(LANG(?office) = "kk") }}""")
    assert rows == [("К. Мәсімов", "Қазақстан Республикасының Премьер-Министрі")]


def test_seed_treaty_parties_articles_terms_designations(built):
    _, _, store = built
    rows = ask(store, f"SELECT DISTINCT ?party ?state WHERE {{ <{T}> tkg:hasParty ?party . "
                      f"?party tkg:actsFor ?state }} ORDER BY ?state")
    assert rows == [(DEFAULT_BASE + "id/org/BLR/government", DEFAULT_BASE + "id/state/BLR"),
                    (DEFAULT_BASE + "id/org/KAZ/government", DEFAULT_BASE + "id/state/KAZ")]
    assert ask(store, f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a tkg:Article ; eli:is_part_of <{T}> }}") == [("14",)]
    assert ask(store, f"SELECT (COUNT(?t) AS ?n) WHERE {{ ?t a tkg:DefinedTerm ; "
                      f"skos:inScheme <{T}/terms> }}") == [("8",)]
    rows = ask(store, f"""SELECT DISTINCT ?state ?article WHERE {{ ?d a tkg:Designation ; tkg:authorityState ?state ;
        tkg:statedIn ?article . FILTER(STRSTARTS(STR(?d), "{T}")) }} ORDER BY ?state""")
    assert rows == [(DEFAULT_BASE + "id/state/BLR", T + "/art_2"), (DEFAULT_BASE + "id/state/KAZ", T + "/art_2")]
    rows = ask(store, f"""SELECT DISTINCT ?narrow WHERE {{ ?t skos:broader ?b .
        ?b skos:prefLabel "ақпаратты қорғау"@kk . ?t skos:prefLabel ?narrow . FILTER(STRSTARTS(STR(?t), "{T}")) }}
        ORDER BY ?narrow""")
    assert rows == [("ақпаратты криптографиялық қорғау",), ("ақпаратты техникалық қорғау",)]


def test_seed_cites_minsk_2008_clauses_and_obligations(built):
    _, _, store = built
    rows = ask(store, f"""SELECT DISTINCT ?date ?place ?article WHERE {{ ?c a tkg:Citation ; tkg:citedTreaty ?cited ;
        tkg:claimedDate ?date ; tkg:claimedPlace ?place ; tkg:statedIn ?article . <{T}> tkg:cites ?cited }}""")
    assert rows == [("2008-09-30", DEFAULT_BASE + "id/place/minsk", T + "/art_8__para_1")]
    assert ask(store, f"SELECT DISTINCT ?n WHERE {{ <{T}> tkg:hasClause ?c . ?c tkg:noticePeriod ?n }}") == [("P6M",)]
    assert ask(store, f"SELECT DISTINCT ?l WHERE {{ <{T}> tkg:hasClause ?c . ?c tkg:workingLanguage ?l }}") == [
        ("http://publications.europa.eu/resource/authority/language/RUS",)]
    rows = ask(store, f"""SELECT DISTINCT ?date ?kind WHERE {{ <{T}> tkg:hasClause ?c . ?c a tkg:EntryIntoForceClause ;
        tkg:entryIntoForceCondition ?cond . ?cond tkg:conditionKind ?kind .
        OPTIONAL {{ ?c eli:first_date_entry_in_force ?date }} }}""")
    assert rows == [(None, "last-notification")]
    rows = ask(store, f"""SELECT (COUNT(?n) AS ?c) WHERE {{ <{T}> tkg:hasNorm ?n . ?n a tkg:Obligation ;
        tkg:statedIn ?p . FILTER(STRSTARTS(STR(?p), "{T}/art_5__")) }}""")
    assert rows == [("7",)]
    rows = ask(store, f"""SELECT DISTINCT ?cue WHERE {{ <{T}> tkg:hasNorm ?n . ?n a tkg:Right ; tkg:modalityCue ?cue ;
        tkg:statedIn <{T}/art_14__para_1> }}""")
    assert rows == [("мәлімдей алады",)]


def test_every_fact_node_traces_to_raw_offsets_of_its_source(built):
    _, _, store = built
    rows = ask(store, f"""SELECT DISTINCT ?start ?end ?file WHERE {{ ?c a tkg:TerminationClause ; tkg:passage ?p .
        ?p oa:start ?start ; oa:end ?end ; tkg:inExpression ?e . ?e tkg:sourceFile ?file .
        FILTER(STRSTARTS(STR(?c), "{T}")) }}""")
    [(start, end, file)] = rows
    raw = (CORPUS / file).read_text(encoding="utf-8")  # named relative to the corpus built
    assert raw[int(start):int(end)].startswith("Тараптардың әрқайсысы осы Келісімнің қолданысын")
    missing = ask(store, """SELECT DISTINCT ?s WHERE { VALUES ?c { tkg:Clause tkg:Norm tkg:Designation tkg:DefinedTerm
        tkg:Citation tkg:Article tkg:Person tkg:EntryIntoForceRecord } ?s a ?c .
        FILTER NOT EXISTS { ?s tkg:passage ?p } }""")
    assert missing == []


def test_editorial_facts_are_marked_editorial(built):
    _, _, store = built
    rows = ask(store, """SELECT DISTINCT ?date ?editorial WHERE { ?r a tkg:EntryIntoForceRecord ;
        tkg:recordedDate ?date ; tkg:editorial ?editorial ; tkg:passage ?p . ?p tkg:editorial true } ORDER BY ?date""")
    assert ("2001-04-11", "true") in rows and all(e == "true" for _, e in rows)


def test_kk_and_ru_versions_share_work_and_article_iris(built):
    _, _, store = built
    rows = ask(store, """SELECT DISTINCT ?article (COUNT(DISTINCT LANG(?text)) AS ?languages) WHERE {
        ?article a tkg:Article ; tkg:text ?text ; eli:is_part_of ?treaty .
        FILTER(CONTAINS(STR(?treaty), "kaz-kgz/gov/2000/government-communications")) } GROUP BY ?article""")
    assert len(rows) == 9 and {n for _, n in rows} == {"2"}
    expressions = ask(store, """SELECT DISTINCT ?e WHERE { <https://w3id.org/treatykg/akn/kz/act/resolution/2001-03-19/360>
        eli:is_realized_by ?e } ORDER BY ?e""")
    assert [e for (e,) in expressions] == ["https://w3id.org/treatykg/akn/kz/act/resolution/2001-03-19/360/kaz",
                                           "https://w3id.org/treatykg/akn/kz/act/resolution/2001-03-19/360/rus"]


def test_shared_entities_have_one_iri_across_documents(built):
    _, _, store = built
    rows = ask(store, "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { "
                      "?t tkg:hasParty <https://w3id.org/treatykg/id/org/BLR/government> }")
    assert rows == [("3",)]  # the seed, 7887 and 148550 all name the Government of Belarus


def test_conflicting_claims_survive_with_their_sources(built):
    _, _, store = built
    rows = ask(store, """SELECT DISTINCT ?date ?lang WHERE { ?c tkg:citedTreaty ?t ; tkg:claimedDate ?date ;
        tkg:passage ?p . ?p tkg:inExpression ?e . ?e eli:language ?lang .
        FILTER(YEAR(?date) = 1992 && MONTH(?date) = 5) } ORDER BY ?date""")
    assert rows == [("1992-05-20", "http://publications.europa.eu/resource/authority/language/KAZ"),
                    ("1992-05-23", "http://publications.europa.eu/resource/authority/language/RUS")]
    rows = ask(store, "SELECT DISTINCT ?aspect ?kk ?ru WHERE { ?d a tkg:Disagreement ; tkg:aspect ?aspect ; "
                      "tkg:valueKk ?kk ; tkg:valueRu ?ru . FILTER(?aspect = \"figures\") }")
    assert len(rows) == 1 and "1992-05-20" in rows[0][1] and "1992-05-23" in rows[0][2]


def test_void_description_counts_and_lists_the_dumps(built):
    out, result, _ = built
    void = Graph().parse(out / "void.ttl")
    triples = void.value(URIRef(DEFAULT_BASE + "dataset"), URIRef("http://rdfs.org/ns/void#triples"))
    assert int(triples) == result.triples
    dumps = {str(o).rsplit("/", 1)[-1] for o in void.objects(URIRef(DEFAULT_BASE + "dataset"), URIRef("http://rdfs.org/ns/void#dataDump"))}
    assert dumps >= {"treatykg.ttl", "treatykg.nt", "treatykg.nq", "treatykg.trig", "treatykg.jsonld", "ontology.rdf"}


def test_code_and_ontology_agree_on_the_vocabulary():
    """The builders use only declared terms; every declared term is used by a builder, defined, or reserved."""
    ontology = Graph().parse(ROOT / "ontology" / "treatykg.ttl")
    declared = {str(s)[len(str(TKG)):] for s in ontology.subjects() if str(s).startswith(str(TKG)) and
                (s, None, None) in ontology}
    source = "\n".join(p.read_text() for p in (ROOT / "builders" / "treatykg").rglob("*.py") if p.name != "vocab.py")
    used = set(re.findall(r"\bTKG\.(\w+)", source)) | set(re.findall(r"TKG\[\"(\w+)\"\]", source))
    assert used - declared == set()
    owl = "http://www.w3.org/2002/07/owl#"
    defined = {str(s)[len(str(TKG)):] for s in ontology.subjects(URIRef(owl + "equivalentClass"), None)}
    reserved = {str(s)[len(str(TKG)):] for s in ontology.subjects(TKG.reserved, None)}
    # annotation properties of our own (tkg:reserved) are used by the ontology itself
    assert declared - used - defined - reserved - {"reserved"} == set()


# A line ending in a backslash goes on in the next one: the text has no line break there.
MINSK_RATIFICATION = """\
Қазақстан Республикасы мен Беларусь Республикасы арасындағы құпия ақпаратты өзара қорғау туралы келісімді бекіту туралы

      Қазақстан Республикасы Президентінің 2009 жылғы 27 ақпандағы № 751 Жарлығы
      ҚАУЛЫ ЕТЕМІН:
      1. 2008 жылғы 30 қазанда Минск қаласында жасалған Қазақстан Республикасы мен Беларусь Республикасы арасындағы \
құпия ақпаратты өзара қорғау туралы келісім бекітілсін.
      2. Осы Жарлық қол қойылған күнінен бастап қолданысқа енгізіледі.
      Қазақстан Республикасының
      Президенті                                  Н. Назарбаев

Қазақстан Республикасы мен Беларусь Республикасы арасындағы құпия ақпаратты өзара қорғау туралы
келісім

      Бұдан әрі Тараптар деп аталатын Қазақстан Республикасы мен Беларусь Республикасы,
      төмендегілер туралы келісті:

1-бап

      Тараптар құпия ақпаратты қорғайды.

      2008 жылғы 30 қазанда Минск қаласында әрқайсысы орыс тілінде екі данада жасалды.
      Қазақстан Республикасы үшін                  Беларусь Республикасы үшін
"""


def test_a_second_act_about_the_minsk_agreement_merges_by_iri_and_keeps_both_dates(tmp_path):
    """Synthetic decree (not a real text): the seed says 30 September 2008, this act 30 October 2008."""
    decree = tmp_path / "adilet" / "u2009-751-kk.txt"
    decree.parent.mkdir()
    decree.write_text(MINSK_RATIFICATION, encoding="utf-8")
    result = build([SEED, decree], tmp_path / "out", DEFAULT_BASE)
    assert not result.errors
    minsk = DEFAULT_BASE + "akn/int/treaty/blr-kaz/state/2008/classified-information"
    assert [str(a.treaty) for a in result.acts] == [T, minsk]
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    rows = ask(store, f"""SELECT DISTINCT ?date ?where WHERE {{ {{ ?c tkg:citedTreaty <{minsk}> ;
        tkg:claimedDate ?date ; tkg:statedIn ?where }}
        UNION {{ <{minsk}> eli:date_document ?date . BIND("treaty text" AS ?where) }} }} ORDER BY ?date ?where""")
    assert rows == [("2008-09-30", T + "/art_8__para_1"),
                    ("2008-10-30", "https://w3id.org/treatykg/akn/kz/act/decree/2009-02-27/751/para_1"),
                    ("2008-10-30", "treaty text")]
    assert bool(store.query(PREFIXES + f"ASK {{ <{minsk}> a tkg:Treaty ; tkg:hasParty <{DEFAULT_BASE}id/state/KAZ> }}",
                            use_default_graph_as_union=True))
