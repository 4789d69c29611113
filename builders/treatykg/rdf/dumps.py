"""Serialisers for the dumps: streaming, one act at a time, byte-identical for the same input whatever
PYTHONHASHSEED is.

Each act's graphs are serialised once, in the task that built them, into *blocks*:

- dataset formats (N-Quads, TriG) keep one named graph per source document, so the dump is the acts' blocks
  one after the other, then the build's provenance graph and the ontology's graph;
- union formats (N-Triples, Turtle, JSON-LD) hold the union of all graphs, where an entity described by
  several acts (a state, a government, a cited treaty) must appear once with everything the acts say about it.
  Their blocks are cut into one segment per subject; the merge copies the segments of subjects that only
  one act describes and writes the shared subjects once, at the end, from their merged triples.

Lines and subjects are sorted within a block; acts follow the order in which they were found. pyoxigraph
writes every format but JSON-LD, whose nodes are written here with a hand-made inline context (no remote
context, no unused prefixes: rdflib #1679), one node per line.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from treatykg.rdf.jsonld_context import LANGUAGE_MAPS, PREFIXES, committed, short_names
from treatykg.rdf.vocab import RDF, XSD

Triple = tuple

# format -> (file name, media type, label)
FORMATS = {
    "nq": ("treatykg.nq", "application/n-quads", "N-Quads"),
    "trig": ("treatykg.trig", "application/trig", "TriG"),
    "nt": ("treatykg.nt", "application/n-triples", "N-Triples"),
    "ttl": ("treatykg.ttl", "text/turtle", "Turtle"),
    "jsonld": ("treatykg.jsonld", "application/ld+json", "JSON-LD"),
}
DATASET_FORMATS = ("nq", "trig")
UNION_FORMATS = ("nt", "ttl", "jsonld")
ONTOLOGY_FILE = ("ontology.rdf", "application/rdf+xml", "RDF/XML")
VOID_FILE = ("void.ttl", "text/turtle", "Turtle")
FILES = {name: (media, label) for name, media, label in [*FORMATS.values(), ONTOLOGY_FILE, VOID_FILE]}

_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


# --- terms -------------------------------------------------------------------------------------------------------

def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    if isinstance(term, BNode):  # only the ontology's OWL restrictions; their ids are canonical, not random
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class TermConverter:
    """rdflib terms to pyoxigraph terms, each distinct term converted once. IRIs stay cached for the life of the
    process (acts share predicates, classes and entities); literals only for the converter's own life."""

    _iris: dict = {}
    MAX_IRIS = 200_000

    def __init__(self):
        self._literals: dict = {}
        if len(self._iris) > self.MAX_IRIS:
            self._iris.clear()

    def __call__(self, term):
        cache = self._iris if isinstance(term, URIRef) else self._literals
        converted = cache.get(term)
        if converted is None:
            converted = cache[term] = to_ox(term)
        return converted

    def triple(self, t: Triple) -> ox.Triple:
        return ox.Triple(self(t[0]), self(t[1]), self(t[2]))


_ESCAPES = {**{c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F]},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}


def nt_literal(term: Literal) -> str:
    """A literal in N-Triples form, exactly as pyoxigraph writes it (tests/integration/test_scale.py compares the
    two)."""
    value = str(term)
    if not value.isprintable() or '"' in value or "\\" in value:  # printable: no control character to escape
        value = value.translate(_ESCAPES)
    text = '"' + value + '"'
    if term.language:
        return f"{text}@{term.language.lower()}"
    if term.datatype is None or str(term.datatype) == _XSD_STRING:
        return text
    return f"{text}^^<{term.datatype}>"


# --- one act's blocks --------------------------------------------------------------------------------------------

@dataclass
class ActBlocks:
    """One act serialised: ``data[format]`` is its block; for union formats, ``offsets[format][i]`` is where
    the segment of ``subjects[i]`` starts (one more offset closes the last one)."""

    data: dict[str, bytes] = field(default_factory=dict)
    subjects: list[str] = field(default_factory=list)
    offsets: dict[str, array] = field(default_factory=dict)

    def part(self, formats: Iterable[str]) -> ActBlocks:
        """The blocks of these formats only (the merge reads the dataset and the union formats at different times)."""
        formats = set(formats)
        return ActBlocks({f: d for f, d in self.data.items() if f in formats}, self.subjects,
                         {f: o for f, o in self.offsets.items() if f in formats})


def _strip_prefixes(data: bytes) -> bytes:
    """pyoxigraph starts Turtle and TriG with one @prefix line per prefix given; the dump writes them once."""
    cut = 0
    for _ in range(len(PREFIXES)):
        if not data.startswith(b"@prefix ", cut):
            break
        cut = data.index(b"\n", cut) + 1
    return data[cut:]


Rows = list  # [(N-Triples line without " .", pyoxigraph Triple or None when no format needs it)], sorted by line


def _rows(triples: Iterable[ox.Triple]) -> Rows:
    return sorted({str(t): t for t in triples}.items())


def quads_block(graphs: dict[str, Rows]) -> bytes:
    """N-Quads, graph by graph in IRI order, lines sorted within a graph."""
    return "".join(f"{line} <{graph}> .\n" for graph in sorted(graphs) for line, _ in graphs[graph]).encode("utf-8")


def trig_block(graphs: dict[str, Rows]) -> bytes:
    """TriG, graph by graph: each graph's triples as Turtle inside its braces (the syntax is the same)."""
    out = []
    for graph in sorted(graphs):
        body = _strip_prefixes(_serialised([t for _, t in graphs[graph]], ox.RdfFormat.TURTLE))
        out.append(f"<{graph}> {{\n".encode() + b"\t" + body[:-1].replace(b"\n", b"\n\t") + b"\n}\n")
    return b"".join(out)


def union_block(rows: Rows, formats: Iterable[str]) -> ActBlocks:
    """The union formats of a set of triples, cut into one segment per subject, subjects in N-Triples order."""
    groups: list[tuple[str, Rows]] = []
    for line, t in rows:
        subject = line[:line.index(" ")]
        if not groups or groups[-1][0] != subject:
            groups.append((subject, []))
        groups[-1][1].append((line, t))
    blocks = ActBlocks(subjects=[subject for subject, _ in groups])
    for fmt in formats:
        if fmt == "ttl":
            blocks.data[fmt], blocks.offsets[fmt] = _ttl_block(rows, len(groups))
            continue
        offsets, parts, at = array("q", [0]), [], 0
        for _, group in groups:
            segment = SEGMENT_WRITERS[fmt](group)
            parts.append(segment)
            at += len(segment)
            offsets.append(at)
        blocks.data[fmt], blocks.offsets[fmt] = b"".join(parts), offsets
    return blocks


def _nt_segment(group: Rows) -> bytes:
    return "".join(f"{line} .\n" for line, _ in group).encode("utf-8")


def _ttl_block(rows: Rows, subjects: int) -> tuple[bytes, array]:
    """Turtle of sorted triples, and where each subject's statement starts: pyoxigraph starts a subject at the
    beginning of a line and indents what follows it with tabs (it escapes newlines inside literals)."""
    data = _strip_prefixes(_serialised([t for _, t in rows], ox.RdfFormat.TURTLE))
    offsets = array("q", [0] if data else [])
    at = data.find(b"\n")
    while at != -1 and at + 1 < len(data):
        if data[at + 1] != 0x09:  # a line not indented with a tab: the next subject
            offsets.append(at + 1)
        at = data.find(b"\n", at + 1)
    offsets.append(len(data))
    if len(offsets) != subjects + 1:
        raise AssertionError(f"Turtle writer gave {len(offsets) - 1} statements for {subjects} subjects")
    return data, offsets


@lru_cache(maxsize=65536)
def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _jsonld_value(term, coercion: str | None) -> object:
    """A value as compact JSON-LD: a bare string where the property's coercion (``@id`` or a datatype, from the
    context) or JSON-LD's default (xsd:string) gives it its type, else an explicit object, which no coercion
    touches."""
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        iri = term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"
        return iri if coercion == "@id" else {"@id": iri}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if datatype == (coercion or _XSD_STRING):
        return term.value
    if datatype == _XSD_STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": _compact(datatype)}


def jsonld_node(triples: list[ox.Triple]) -> dict:
    """One subject's triples as a compact JSON-LD node object under the graph's context."""
    names, coercions = short_names()
    subject = triples[0].subject
    node: dict = {"@id": str(subject) if isinstance(subject, ox.Triple) else subject.value}
    for t in triples:
        predicate, value = t.predicate.value, t.object
        if predicate == _RDF_TYPE and isinstance(value, ox.NamedNode):
            node.setdefault("@type", []).append(names.get(value.value) or _compact(value.value))
        elif predicate in LANGUAGE_MAPS and isinstance(value, ox.Literal) and value.language:
            node.setdefault(LANGUAGE_MAPS[predicate], {}).setdefault(value.language, []).append(value.value)
        elif predicate in LANGUAGE_MAPS or predicate not in names:  # a language map's other values: its full name
            node.setdefault(_compact(predicate), []).append(_jsonld_value(value, None))
        else:
            node.setdefault(names[predicate], []).append(_jsonld_value(value, coercions.get(predicate)))
    for key, values in node.items():
        if isinstance(values, list) and len(values) == 1:
            node[key] = values[0]
        elif isinstance(values, dict):
            node[key] = {lang: texts[0] if len(texts) == 1 else texts for lang, texts in values.items()}
    return node


def _jsonld_segment(group: Rows) -> bytes:
    # each node opens with ",\n"; the writer drops the comma of the first node of the file
    return (",\n" + json.dumps(jsonld_node([t for _, t in group]), ensure_ascii=False, sort_keys=True,
                               separators=(",", ":"))).encode("utf-8")


SEGMENT_WRITERS = {"nt": _nt_segment, "jsonld": _jsonld_segment}


def act_blocks(graphs: dict, formats: Iterable[str]) -> ActBlocks:
    """Every requested format of one act's named graphs (``{graph IRI: set of rdflib triples}``).

    Each triple becomes its N-Triples line directly (no rdflib term is hashed: rdflib hashes literals in Python);
    the formats that pyoxigraph writes from its own terms get them by parsing those lines, natively."""
    formats = list(formats)
    literals: dict[int, str] = {}  # by id(): every literal stays alive in ``graphs`` during the call
    lines = {str(graph): _graph_lines(triples, literals) for graph, triples in graphs.items()}
    union = sorted(set().union(*lines.values()))  # kk and ru share many
    terms: dict[str, ox.Triple] | None = None
    if any(f in formats for f in ("trig", "ttl", "jsonld")):
        parsed = ox.parse("".join(f"{line} .\n" for line in union).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        terms = dict(zip(union, parsed, strict=True))
    rows = {graph: [(line, terms[line] if terms else None) for line in sorted(graph_lines)]
            for graph, graph_lines in lines.items()}
    # N-Triples segments always: the merge reads the shared subjects' triples from them
    formats_union = ["nt", *(f for f in UNION_FORMATS if f in formats and f != "nt")]
    blocks = union_block([(line, terms[line] if terms else None) for line in union], formats_union)
    if "nq" in formats:
        blocks.data["nq"] = quads_block(rows)
    if "trig" in formats:
        blocks.data["trig"] = trig_block(rows)
    return blocks


def _graph_lines(triples: Iterable[Triple], literals: dict[int, str]) -> set[str]:
    """A graph's triples as N-Triples lines without the final " ."; ``literals`` caches the text of each literal
    object by its id()."""
    lines: set[str] = set()
    add = lines.add
    for s, p, o in triples:
        if isinstance(o, URIRef):
            text = f"<{o}>"
        elif isinstance(o, Literal):
            text = literals.get(id(o))  # type: ignore[assignment]
            if text is None:
                text = literals[id(o)] = nt_literal(o)
        else:
            text = str(to_ox(o))  # blank nodes: only the ontology's
        add(f"<{s}> <{p}> {text}" if isinstance(s, URIRef) else f"{to_ox(s)} <{p}> {text}")
    return lines


def unshared_runs(blocks: ActBlocks, fmt: str, shared: set[str]) -> Iterator[bytes]:
    """The act's block in a union format without the segments of ``shared`` subjects, as runs of segments."""
    data, offsets = blocks.data[fmt], blocks.offsets[fmt]
    run_start = None
    for i, kept in enumerate([subject not in shared for subject in blocks.subjects] + [False]):
        if kept and run_start is None:
            run_start = offsets[i]
        elif not kept and run_start is not None:
            yield data[run_start:offsets[i]]
            run_start = None


# --- the merged files --------------------------------------------------------------------------------------------

def _header(fmt: str) -> bytes:
    if fmt in ("ttl", "trig"):
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8")
    if fmt == "jsonld":
        context = json.dumps(committed()["@context"], ensure_ascii=False, sort_keys=True, indent=1)
        return ('{\n"@context": ' + context + ',\n"@graph": [').encode("utf-8")
    return b""


_FOOTERS = {"jsonld": b"\n]}\n"}


class DumpWriter:
    """Writes the merged dumps into ``folder`` (a scratch folder: the build publishes them when all is well).

    Feed it each act's dataset blocks in order (``add_dataset``: as the acts are built), then each act's union
    blocks in order (``add_union``: once the shared subjects are known), then the shared subjects' merged
    triples (``add_shared``), then the graphs that belong to no act (``add_graph``: the build's provenance, the
    ontology).
    """

    def __init__(self, folder: Path, formats: Iterable[str]):
        self.folder = folder
        self.formats = [f for f in FORMATS if f in set(formats)]
        self.files: dict[str, BinaryIO] = {}
        self._empty_jsonld = True
        folder.mkdir(parents=True, exist_ok=True)
        for fmt in self.formats:
            self.files[fmt] = open(folder / FORMATS[fmt][0], "wb")
            self.files[fmt].write(_header(fmt))

    @classmethod
    def reopened(cls, folder: Path, formats: Iterable[str]) -> DumpWriter:
        """The closed dumps of ``folder``, open again to append graphs of no act that are known only once the
        merged graph is validated (the disagreements between acts); ``close`` finishes them again."""
        writer = cls.__new__(cls)
        writer.folder, writer.files, writer._empty_jsonld = folder, {}, True
        writer.formats = [f for f in FORMATS if f in set(formats)]
        for fmt in writer.formats:
            handle = open(folder / FORMATS[fmt][0], "r+b")
            footer = _FOOTERS.get(fmt, b"")
            end = handle.seek(0, 2)
            handle.seek(end - len(footer))
            if handle.read(len(footer)) != footer:
                handle.close()
                writer.abandon()
                raise ValueError(f"{folder / FORMATS[fmt][0]}: not a finished {FORMATS[fmt][2]} dump")
            handle.seek(end - len(footer))
            handle.truncate()
            if fmt == "jsonld":
                handle.seek(max(0, handle.tell() - 1))
                writer._empty_jsonld = handle.read(1) == b"["
            writer.files[fmt] = handle
        return writer

    def _write_union(self, fmt: str, data: bytes) -> None:
        if fmt == "jsonld" and data and self._empty_jsonld:
            data = data[1:]  # no comma before the first node
            self._empty_jsonld = False
        self.files[fmt].write(data)

    @staticmethod
    def subject_lines(blocks: ActBlocks, subjects: set[str]) -> dict[str, list[bytes]]:
        """The act's N-Triples lines of these subjects (N-Triples form, ``<iri>``)."""
        data, offsets = blocks.data["nt"], blocks.offsets["nt"]
        return {subject: [line for line in data[offsets[i]:offsets[i + 1]].split(b"\n") if line]
                for i, subject in enumerate(blocks.subjects) if subject in subjects}

    def add_dataset(self, blocks: ActBlocks) -> None:
        for fmt in DATASET_FORMATS:
            if fmt in self.files:
                self.files[fmt].write(blocks.data[fmt])

    def add_union(self, blocks: ActBlocks, shared: set[str]) -> dict[str, list[bytes]]:
        """Copy the act's union blocks, leaving out the segments of shared subjects, which are returned as
        N-Triples lines by subject (the caller merges them across acts)."""
        for fmt in UNION_FORMATS:
            if fmt in self.files:
                for run in unshared_runs(blocks, fmt, shared):
                    self._write_union(fmt, run)
        return self.subject_lines(blocks, shared) if shared else {}

    def add_shared(self, lines: Iterable[bytes]) -> None:
        """Triples of subjects that several acts describe, as N-Triples lines (any order, duplicates allowed)."""
        triples = ox.parse(b"\n".join(sorted(set(lines))) + b"\n", format=ox.RdfFormat.N_TRIPLES)
        blocks = union_block(_rows(triples), [f for f in UNION_FORMATS if f in self.files])
        for fmt in blocks.data:
            self._write_union(fmt, blocks.data[fmt])

    def add_graph(self, graph: str, triples: Iterable[ox.Triple], *, instance: bool) -> None:
        """A graph of no act: the build's provenance (``instance``: in the union formats too, its subject is
        its own) or the ontology (in the dataset formats only)."""
        graphs = {graph: _rows(triples)}
        if "nq" in self.files:
            self.files["nq"].write(quads_block(graphs))
        if "trig" in self.files:
            self.files["trig"].write(trig_block(graphs))
        if instance:
            blocks = union_block(graphs[graph], [f for f in UNION_FORMATS if f in self.files])
            for fmt in blocks.data:
                self._write_union(fmt, blocks.data[fmt])

    def abandon(self) -> None:
        for handle in self.files.values():
            handle.close()

    def close(self) -> dict[str, int]:
        """Finish every file; returns their sizes in bytes by file name."""
        sizes = {}
        for fmt, handle in self.files.items():
            handle.write(_FOOTERS.get(fmt, b""))
            handle.flush()
            handle.close()
            sizes[FORMATS[fmt][0]] = (self.folder / FORMATS[fmt][0]).stat().st_size
        return sizes


# --- small files -------------------------------------------------------------------------------------------------

def turtle(triples: Iterable[Triple]) -> bytes:
    """A small graph (VoID) as Turtle, sorted."""
    convert = TermConverter()
    ordered = sorted({convert.triple(t) for t in triples}, key=str)
    return _serialised(ordered, ox.RdfFormat.TURTLE)


def rdfxml(triples: Iterable[Triple]) -> bytes:
    ordered = sorted((ox.Triple(*map(to_ox, t)) for t in triples),
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return _serialised(ordered, ox.RdfFormat.RDF_XML)


def _serialised(triples: list[ox.Triple], rdf_format: ox.RdfFormat) -> bytes:
    """pyoxigraph's serialisation, as bytes (it returns them when given no file to write)."""
    data = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)
    if data is None:
        raise RuntimeError("pyoxigraph wrote to no file but returned nothing")
    return data
