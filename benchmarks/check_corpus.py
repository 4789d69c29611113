"""Check a built generated corpus against the facts its generator expects.

    python benchmarks/check_corpus.py OUT_BUILD EXPECTED_JSON

OUT_BUILD is the folder ``treatykg build GENERATED --out OUT_BUILD`` wrote (the embedded store is in
OUT_BUILD/store); EXPECTED_JSON is the ``expected.json`` that ``make_corpus.py`` wrote beside the acts.
Prints one line per mismatch and a summary; exits 1 when anything differs, 2 on bad input.

Six queries read the whole store in one pass each (nothing is asked act by act, so that 10,000 acts take
seconds): typed nodes per named graph, the act's own properties, its language versions, the parties of each
treaty and the state each acts for, and the number, heading and text of each treaty article. ``observe`` turns
their rows into plain dicts; the generator runs it on the template acts, so expectations and observations are
counted the same way. ``check(store, expected)`` returns the mismatches as lines.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "builders"))

from treatykg.rdf.iris import EU_LANGUAGE_CODES, Minter  # noqa: E402
from treatykg.rdf.vocab import (  # noqa: E402
    DCAT,
    DCTERMS,
    ELI,
    FOAF,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    TIME,
    TKG,
    VOID,
)

# Prefixes for compact names in expected.json and in messages; every namespace comes from treatykg.rdf.vocab.
NAMESPACES = {"tkg": str(TKG), "eli": str(ELI), "org": str(ORG), "oa": str(OA), "prov": str(PROV), "skos": str(SKOS),
              "rdf": str(RDF), "rdfs": str(RDFS), "dcterms": str(DCTERMS), "time": str(TIME), "foaf": str(FOAF),
              "dcat": str(DCAT), "void": str(VOID), "owl": str(OWL)}
PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in NAMESPACES.items())

RELATIONS = (TKG.approves, TKG.approvesDraft, TKG.ratifies)
PARTY_CLASSES = (TKG.State, TKG.Government, TKG.NationalBank, TKG.Ministry, TKG.Agency)


def _values(terms) -> str:
    return ", ".join(f"<{t}>" for t in terms)


# pyoxigraph's union default graph keeps a triple once per named graph that states it (an act's treaty is
# stated in its kk and ru graphs, and again by every act of the same treaty), so joins on it multiply rows:
# each query joins inside one named graph or on the DISTINCT subjects of a subquery. FILTER IN, not VALUES:
# pyoxigraph plans a VALUES list of predicates or classes as a scan of each.
QUERIES = {
    # typed nodes per named graph: one graph per source document, so this counts what each file gave (a graph
    # holds a triple once, so COUNT(*) counts distinct nodes)
    "classes": "SELECT ?g ?c (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x a ?c } } GROUP BY ?g ?c",
    "acts": f"""SELECT DISTINCT ?act ?p ?o WHERE {{ {{ SELECT DISTINCT ?act WHERE {{ ?act a tkg:Act }} }}
        ?act ?p ?o . FILTER(?p IN (rdf:type, eli:date_document, eli:number, {_values(RELATIONS)})) }}""",
    "languages": """SELECT DISTINCT ?act ?lang WHERE {
        { SELECT DISTINCT ?act ?e WHERE { ?act a tkg:Act ; eli:is_realized_by ?e } } ?e eli:language ?lang }""",
    # a party that is a state acts for itself, and has no tkg:actsFor
    "parties": f"""SELECT DISTINCT ?t ?c ?party ?state WHERE {{ GRAPH ?g {{ ?t tkg:hasParty ?party . ?party a ?c .
        FILTER(?c IN ({_values(PARTY_CLASSES)})) OPTIONAL {{ ?party tkg:actsFor ?state }} }} }}""",
    "articles": """SELECT DISTINCT ?t ?a WHERE { { SELECT DISTINCT ?a WHERE { ?a a tkg:Article } }
        { SELECT DISTINCT ?t WHERE { ?t a tkg:Treaty } } ?a eli:is_part_of+ ?t }""",
    "article values": """SELECT DISTINCT ?a ?p ?o WHERE { { SELECT DISTINCT ?a WHERE { ?a a tkg:Article } }
        ?a ?p ?o . FILTER(?p IN (tkg:eId, tkg:numberValue, tkg:heading, tkg:text)) }""",
}


def compact(iri: str) -> str:
    for prefix, namespace in NAMESPACES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def text_digest(text: str) -> str:
    """Article texts are compared by digest: expected.json stays small at 10,000 acts."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _rows(store, name: str):
    return store.query(PREFIXES + QUERIES[name])  # the default graph: the union


def observe(store) -> dict:
    """What the store says, as plain dicts of sets (a property with two different values shows both)."""
    graphs: dict = defaultdict(dict)
    for row in _rows(store, "classes"):
        graphs[row["g"].value][compact(row["c"].value)] = int(row["n"].value)
    acts: dict = defaultdict(lambda: {"types": set(), "dates": set(), "numbers": set(), "relations": set(),
                                      "languages": set()})
    a, slot = str(RDF.type), {str(RDF.type): "types", str(ELI.date_document): "dates", str(ELI.number): "numbers"}
    for row in _rows(store, "acts"):
        act, predicate, value = row["act"].value, row["p"].value, row["o"].value
        if predicate in slot:
            acts[act][slot[predicate]].add(compact(value) if predicate == a else value)
        else:
            acts[act]["relations"].add((compact(predicate), value))
    for row in _rows(store, "languages"):
        acts[row["act"].value]["languages"].add(row["lang"].value.rsplit("/", 1)[-1])
    treaties: dict = defaultdict(lambda: {"parties": set(), "articles": {}})
    for row in _rows(store, "parties"):
        state = (row["state"] or row["party"]).value.rsplit("/", 1)[-1]
        treaties[row["t"].value]["parties"].add((compact(row["c"].value), state))
    values: dict = defaultdict(lambda: {"eid": set(), "num": set(), "heading": defaultdict(set),
                                        "text": defaultdict(set)})
    eid, number, heading = str(TKG.eId), str(TKG.numberValue), str(TKG.heading)
    for row in _rows(store, "article values"):
        part = values[row["a"].value]
        predicate, value = row["p"].value, row["o"]
        if predicate == eid:
            part["eid"].add(value.value)
        elif predicate == number:
            part["num"].add(int(value.value))
        elif predicate == heading:
            part["heading"][value.language].add(value.value)
        else:
            part["text"][value.language].add(text_digest(value.value))
    for row in _rows(store, "articles"):
        treaty, article = row["t"].value, row["a"].value
        part = values[article]
        key = "/".join(sorted(part["eid"])) or article.rsplit("/", 1)[-1]
        treaties[treaty]["articles"][key] = {"num": part["num"], "heading": dict(part["heading"]),
                                             "text": dict(part["text"])}
    return {"graphs": dict(graphs), "acts": dict(acts), "treaties": dict(treaties)}


def graph_iri(act_iri: str, suffix: str) -> str:
    """The named graph of one source document of an act (``kaz``, ``rus``) or of its kk/ru alignment."""
    return str(Minter.graph(f"{act_iri}/{suffix}"))


def _differ(problems: list[str], where: str, what: str, expected, found) -> None:
    if expected != found:
        show = lambda v: ", ".join(sorted(map(str, v))) if isinstance(v, (set, frozenset)) else str(v)  # noqa: E731
        problems.append(f"{where}: {what}: expected {show(expected) or '-'}, found {show(found) or '-'}")


def check(store, expected: dict) -> list[str]:
    """One line per fact that the store does not state as ``expected`` (the generator's expected.json) says."""
    seen = observe(store)
    problems: list[str] = []
    acts_of: dict[str, list[str]] = defaultdict(list)
    expected_acts = {a["iri"] for a in expected["acts"]}
    graphs_by_act: dict[str, set[str]] = defaultdict(set)
    for graph in seen["graphs"]:
        act, _, suffix = graph.removesuffix("/graph").rpartition("/")
        if act in expected_acts:
            graphs_by_act[act].add(suffix)
    for act in expected["acts"]:
        where, iri = f"{act['act']} <{act['iri']}>", act["iri"]
        acts_of[act["treaty"]].append(act["act"])
        found = seen["acts"].get(iri)
        if found is None:
            problems.append(f"{where}: act not in the graph")
            continue
        _differ(problems, where, "types", set(act["types"]), found["types"])
        _differ(problems, where, "date", {act["date"]} - {None}, found["dates"])
        _differ(problems, where, "number", {act["number"]} - {None}, found["numbers"])
        _differ(problems, where, "treaty", {(act["relation"], act["treaty"])}, found["relations"])
        _differ(problems, where, "language versions", {EU_LANGUAGE_CODES[x] for x in act["languages"]},
                found["languages"])
        graphs = expected["templates"][act["template"]]["graphs"]  # no variation changes what a file gives
        _differ(problems, where, "named graphs", set(graphs), graphs_by_act[iri])
        for suffix, counts in graphs.items():
            got = seen["graphs"].get(graph_iri(iri, suffix), {})
            for name in sorted(set(counts) | set(got)):
                _differ(problems, where, f"{suffix} graph: {name}", counts.get(name, 0), got.get(name, 0))
    for iri in sorted(set(seen["acts"]) - expected_acts):
        problems.append(f"<{iri}>: act in the graph that the generator did not write")
    for iri, treaty in expected["treaties"].items():
        where = f"treaty <{iri}> (acts {' '.join(acts_of[iri][:5])}{' …' if len(acts_of[iri]) > 5 else ''})"
        found = seen["treaties"].get(iri)
        if found is None:
            problems.append(f"{where}: not in the graph")
            continue
        _differ(problems, where, "parties", {tuple(p) for p in treaty["parties"]}, found["parties"])
        _differ(problems, where, "articles", set(treaty["articles"]), set(found["articles"]))
        for eid, article in treaty["articles"].items():
            got = found["articles"].get(eid)
            if got is None:
                continue
            _differ(problems, where, f"{eid} number", {article["num"]}, got["num"])
            for language, heading in article["heading"].items():
                _differ(problems, where, f"{eid} heading@{language}", {heading} - {None},
                        got["heading"].get(language, set()))
            _differ(problems, where, f"{eid} heading languages", {k for k, v in article["heading"].items() if v},
                    set(got["heading"]))
            _differ(problems, where, f"{eid} text languages", set(article["text"]), set(got["text"]))
            for language, digest in article["text"].items():
                _differ(problems, where, f"{eid} text@{language} (digest)", {digest}, got["text"].get(language, set()))
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_corpus.py OUT_BUILD EXPECTED_JSON", file=sys.stderr)
        return 2
    out, expected_path = Path(argv[0]), Path(argv[1])
    try:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        acts, treaties, _ = expected["acts"], expected["treaties"], expected["templates"]
    except FileNotFoundError:
        print(f"{expected_path}: no such file (make_corpus.py writes it as OUT/expected.json)", file=sys.stderr)
        return 2
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        print(f"{expected_path}: not an expected.json written by make_corpus.py ({error})", file=sys.stderr)
        return 2
    from treatykg.store.embedded import open_store

    try:
        store = open_store(out)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    started = time.perf_counter()
    problems = check(store, expected)
    for line in problems:
        print(line)
    print(f"{len(acts)} acts checked ({len(treaties)} treaties) in {time.perf_counter() - started:.1f} s, "
          f"{len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
