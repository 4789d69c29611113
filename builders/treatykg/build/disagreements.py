"""Disagreements between acts, as data: each violation that only the merged graph has (two acts stating one treaty
differently, the same text under two names) becomes a tkg:Disagreement in a named graph of the build's own, as the
disagreements between the kk and ru versions of one act are, so that the build publishes every act and says where
they conflict instead of refusing.

A disagreement names the node the acts state differently (tkg:disputedNode), the property (tkg:disputedProperty, and
tkg:aspect as text), the shape's messages (rdfs:comment), every act that states the node (dcterms:subject), and for
each act a tkg:ActStatement: its values of the property (tkg:statedValue), the language versions that state them
(dcterms:source) and the source file and line (tkg:sourceLocation). IRIs are digests of what a disagreement says,
under the build's IRI, so that the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyoxigraph as ox
from rdflib import Literal, URIRef

from treatykg.build.act_task import ActRecord, subject_hash
from treatykg.rdf.dumps import ActBlocks, DumpWriter
from treatykg.rdf.iris import Minter
from treatykg.rdf.jsonld_context import PREFIXES
from treatykg.rdf.vocab import DCTERMS, RDF, RDFS, TKG, XSD
from treatykg.validation.report import Report, Result, shape_name, text

Triple = tuple


@dataclass
class Conflict:
    """One violation of the merged graph and the acts (their indexes in the build's order) that state its node."""

    result: Result
    acts: list[tuple[int, ActRecord]]


def conflicts(report: Report, records: list[ActRecord]) -> list[Conflict]:
    """The violations of the merged graph, each with the acts whose graphs have its focus node as a subject."""
    violations = [r for r in report.results if r.level == "Violation"]
    if not violations:
        return []
    keys = {r.focus: int(np.frombuffer(subject_hash(f"<{r.focus}>"), dtype="<u8")[0]) for r in violations}
    wanted = np.array(sorted(set(keys.values())), dtype="<u8")
    stating: dict[int, list[tuple[int, ActRecord]]] = {}
    for index, record in enumerate(records):
        hashes = np.frombuffer(record.subject_hashes, dtype="<u8")
        for key in set(hashes[np.isin(hashes, wanted)].tolist()):
            stating.setdefault(key, []).append((index, record))
    return [Conflict(r, stating.get(keys[r.focus], [])) for r in violations]


def graph_iri(activity: URIRef) -> URIRef:
    """The named graph of a build's disagreements between acts."""
    return Minter.graph(Minter.fact(activity, "disagreements"))


def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def disagreement_triples(found: list[Conflict], activity: URIRef, blocks_of: Callable[[int, str], ActBlocks | None],
                         line_of: Callable[[str, ActRecord], int | None]) -> set[Triple]:
    """The triples of the disagreements ``found`` (``blocks_of(index, part)``: an act's cached blocks;
    ``line_of(source, record)``: the line of a passage ``name:start-end`` in one of the act's files, or None)."""
    triples: set[Triple] = set()
    for conflict in found:
        r = conflict.result
        if not isinstance(r.focus, URIRef) or not conflict.acts:
            continue
        prop = r.path if isinstance(r.path, URIRef) else None
        aspect = _compact(str(prop)) if prop is not None else (r.check or shape_name(r.source_shape)
                                                               if r.path is None else f"{r.shape} {text(r.path)}")
        node = Minter.fact(activity, "disagreement", _digest(str(r.focus), r.shape, text(r.constraint),
                                                              text(r.path), text(r.value), r.check, r.message))
        triples |= {(node, RDF.type, TKG.Disagreement), (node, TKG.aspect, Literal(aspect)),
                    (node, TKG.disputedNode, r.focus)}
        if prop is not None:
            triples.add((node, TKG.disputedProperty, prop))
        triples |= {(node, RDFS.comment, message) for message in r.messages}
        name, _, _ = r.source.rpartition(":")
        for index, record in conflict.acts:
            if record.act is None:
                continue
            act = URIRef(record.act)
            statement = Minter.fact(node, "stated-by", _digest(*sorted(record.files) or [record.location]))
            triples |= {(node, DCTERMS.subject, act), (node, TKG.actStatement, statement),
                        (statement, RDF.type, TKG.ActStatement), (statement, DCTERMS.subject, act)}
            values, expressions = _stated(blocks_of, index, record, str(r.focus), prop)
            triples |= {(statement, TKG.statedValue, value) for value in values}
            triples |= {(statement, DCTERMS.source, expression) for expression in expressions}
            if name in record.files:
                line = line_of(r.source, record)
                triples.add((statement, TKG.sourceLocation, Literal(name if line is None else f"{name}:{line}")))
            else:
                triples |= {(statement, TKG.sourceLocation, Literal(file)) for file in record.files}
    return triples


def _stated(blocks_of, index: int, record: ActRecord, focus: str, prop: URIRef | None) -> tuple[set, set[URIRef]]:
    """What one act states of ``focus`` in ``prop`` (its values; none when the property is not one IRI), and the
    language versions (their graphs' expressions) that state it."""
    from treatykg.validation.validator import from_ox

    subject = f"<{focus}> "
    prefix = (subject + f"<{prop}> " if prop is not None else subject).encode("utf-8")
    values: set = set()
    union = blocks_of(index, "union")
    if union is not None and prop is not None:
        lines = DumpWriter.subject_lines(union, {f"<{focus}>"}).get(f"<{focus}>", [])
        chosen = [line for line in lines if line.startswith(prefix)]
        if chosen:
            parsed = ox.parse(b"\n".join(chosen) + b"\n", format=ox.RdfFormat.N_TRIPLES)
            # tkg:statedValue is a datatype property: an IRI is kept as an xsd:anyURI literal
            values = {Literal(str(v), datatype=XSD.anyURI) if isinstance(v, URIRef) else v
                      for v in (from_ox(t.object) for t in parsed)}
    graphs: set[str] = set()
    dataset = blocks_of(index, "dataset")
    quads = dataset.data.get("nq") if dataset is not None else None
    if quads is None:  # no N-Quads among the formats built: every language version of the act
        return values, {URIRef(expression) for expression, _, _ in record.sources}
    for line in quads.split(b"\n"):
        if line.startswith(prefix):
            graphs.add(line.rstrip(b" .").rsplit(b" ", 1)[1].decode("utf-8")[1:-1])
    by_graph = {str(Minter.graph(URIRef(expression))): URIRef(expression) for expression, _, _ in record.sources}
    return values, {by_graph[g] for g in graphs if g in by_graph}
