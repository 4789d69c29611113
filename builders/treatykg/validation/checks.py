"""SPARQL checks: the rules on instance data that core SHACL cannot state (article numbers without gaps, eIds unique
within a work, a designating party being a party of the treaty), as queries of the catalogue, run on pyoxigraph.

A check is a file of queries/cq whose header names the SHACL shape its results are reported under, beside the
competency questions and the other negative checks (``treatykg query neg-duplicate-eid`` runs it on a build)::

    # Check: no two different parts of a work share an eId. Must return no rows.
    # param this: IRI of a treaty or an act (optional; without it, every one)
    # shape: tkgsh:UniqueEIdShape
    # severity: Violation
    # message: Two different parts of this work share the identifier (eId) {?value}.

Each row is a result: ``?this`` is the focus node, ``?value`` the value (and ``?path`` the path, if the query has
one); ``{?name}`` in the message is the row's ``?name`` (an IRI, or a literal's lexical form), as SHACL's SPARQL
constraints fill it. ``message@kk:`` gives the message in another language. Results are reported under the shape
with ``sh:sourceConstraintComponent sh:SPARQLConstraintComponent``, and only when the shapes in use declare that
shape (and, with ``use_shapes``, name it). The shape keeps its targets in the shapes file; the query states them
again itself, so that it also answers alone.

To check only some focus nodes, the runner puts ``VALUES ?this { … }`` at the start of the innermost WHERE group
(a check that selects candidates in a sub-select first binds them there).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Literal, URIRef, Variable
from rdflib.namespace import SH
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath

from treatykg.files import data_dir
from treatykg.validation.report import SEVERITIES

HEADER = re.compile(r"^#\s*(shape|severity|message(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?)\s*:\s*(.*?)\s*$")
PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


class CheckError(ValueError):
    """A check file that cannot be used: the message names the file."""


@dataclass(frozen=True)
class Check:
    name: str  # the file's stem: neg-duplicate-eid
    path: Path
    text: str
    shape: URIRef  # the shape its results are reported under
    severity: URIRef  # sh:Violation, sh:Warning or sh:Info
    messages: tuple[Literal, ...]
    predicates: frozenset[URIRef] | None  # the predicates the query reads; None: it can read any

    def message_for(self, row: dict) -> tuple[Literal, ...]:
        """The messages with ``{?name}`` filled from the row (rdflib terms by variable name)."""
        def fill(match):
            term = row.get(match.group(1))
            return match.group(0) if term is None else str(term)
        return tuple(Literal(PLACEHOLDER.sub(fill, str(m)), lang=m.language) for m in self.messages)

    def bound(self, focus_nodes) -> str:
        """The query with ``VALUES ?this { … }`` (N-Triples terms) at the start of its innermost WHERE group."""
        terms = " ".join(focus_nodes)
        where = list(WHERE.finditer(_without_comments(self.text)))
        at = where[-1].end()
        return f"{self.text[:at]}\n  VALUES ?this {{ {terms} }}\n{self.text[at:]}"


def _without_comments(text: str) -> str:
    """The text with comment lines blanked out (same length, so offsets stay)."""
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def check_dir() -> Path:
    return data_dir("queries") / "cq"


_BUNDLED: dict = {}


def bundled_checks() -> list[Check]:
    """The checks of the bundled catalogue: the negative checks (queries/cq/neg-*.rq) whose header names a shape.
    Read again when a file changes (its size, modification time or inode), else kept: the build asks per act."""
    with os.scandir(check_dir()) as entries:
        files = sorted((e.path, e.stat().st_mtime_ns, e.stat().st_size, e.inode()) for e in entries
                       if e.name.startswith("neg-") and e.name.endswith(".rq"))
    key = tuple(files)
    if key not in _BUNDLED:
        _BUNDLED.clear()
        _BUNDLED[key] = load_checks([path for path, *_ in files])
    return _BUNDLED[key]


def load_checks(paths) -> list[Check]:
    checks = []
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CheckError(f"{path}: cannot read the check: {error}") from None
        check = _parse(str(path), text)
        if check is not None:
            checks.append(check)
    return checks


@lru_cache(maxsize=64)
def _parse(path: str, text: str) -> Check | None:
    """The check in ``text`` (cached by content), or None for a catalogue query that is no check."""
    header = {}
    messages = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = HEADER.match(line)
        if match is None:
            continue
        key, language, value = match.groups()
        if key.startswith("message"):
            messages.append(Literal(value, lang=language or "en"))
        else:
            header[key] = value
    if "shape" not in header:
        return None
    prefixes = {p or "": ns for p, ns in PREFIX.findall(text)}
    shape = _iri(header["shape"], prefixes, path)
    severity = SEVERITIES.get(header.get("severity", ""))
    if severity is None:
        raise CheckError(f"{path}: '# severity:' must be Violation, Warning or Info")
    if not messages:
        raise CheckError(f"{path}: a check needs a '# message:' line")
    if not WHERE.search(_without_comments(text)) or not re.search(r"\?this\b", text):
        raise CheckError(f"{path}: a check selects ?this (the focus node) in a WHERE group")
    try:
        predicates = read_predicates(text)
    except Exception as error:  # noqa: BLE001 - rdflib's parse errors have many types
        raise CheckError(f"{path}: {' '.join(str(error).split())}") from None
    return Check(Path(path).stem, Path(path), text, shape, severity, tuple(sorted(messages, key=_message_order)),
                 predicates)


def _message_order(message: Literal) -> tuple:
    return (message.language or "", str(message))


def _iri(name: str, prefixes: dict, path: str) -> URIRef:
    if name.startswith("<") and name.endswith(">"):
        return URIRef(name[1:-1])
    prefix, sep, local = name.partition(":")
    if sep and prefix in prefixes:
        return URIRef(prefixes[prefix] + local)
    if "://" in name:
        return URIRef(name)
    raise CheckError(f"{path}: '# shape: {name}': give an IRI or a prefixed name the query declares")


def read_predicates(text: str) -> frozenset[URIRef] | None:
    """The predicate IRIs a SPARQL query reads (in triple patterns, property paths, EXISTS and NOT EXISTS, sub-
    selects), from rdflib's algebra of the query; None when a pattern can match any predicate (a variable or a
    negated property set in predicate position)."""
    from rdflib.plugins.sparql import prepareQuery

    found: set = set()
    if not _walk(prepareQuery(text).algebra, found, set()):
        return None
    return frozenset(found)


def _walk(node, found: set, seen: set) -> bool:
    """Collect predicates under ``node``; False when any predicate can match."""
    if id(node) in seen:
        return True
    seen.add(id(node))
    if isinstance(node, dict):  # rdflib's CompValue and Expr are dicts
        name = getattr(node, "name", None)
        if name == "BGP":
            return all(_predicate(p, found) for _, p, _ in node.get("triples", ()))
        if name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            # rdflib keeps the translated pattern of (NOT) EXISTS as an attribute, the parsed one as the key
            return _walk(vars(node).get("graph", node.get("graph")), found, seen)
        return all(_walk(value, found, seen) for value in node.values())
    if isinstance(node, (list, tuple, set)):
        return all(_walk(value, found, seen) for value in node)
    return True


def _predicate(p, found: set) -> bool:
    if isinstance(p, URIRef):
        found.add(p)
        return True
    if isinstance(p, Variable) or isinstance(p, NegatedPath):
        return False
    if isinstance(p, InvPath):
        return _predicate(p.arg, found)
    if isinstance(p, MulPath):
        return _predicate(p.path, found)
    if isinstance(p, (SequencePath, AlternativePath)):
        return all(_predicate(a, found) for a in p.args)
    return False


def digest(checks: list[Check]) -> str:
    """A key of these checks' content (for caches)."""
    return hashlib.sha256("\0".join(c.text for c in checks).encode("utf-8")).hexdigest()


CONSTRAINT = SH.SPARQLConstraintComponent


# --- the checks for any SHACL engine ---------------------------------------------------------------------------------

VALUES_ONE = re.compile(r"\bVALUES\s+(\?\w+)\s*\{([^{}]*)\}", re.IGNORECASE)
SHACL_SPARQL_HEADER = """
# The SPARQL checks of queries/cq (the rules core SHACL cannot state), as SHACL-SPARQL constraints on the shapes
# their headers name, so that any SHACL-SPARQL engine (plain pySHACL, Jena SHACL) reports what treatykg validate does.
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def shacl_sparql(check: Check) -> str:
    """The check as Turtle: a ``sh:sparql`` constraint of its shape, ``$this`` pre-bound to each focus node.

    SHACL forbids VALUES in such a query (pre-binding could not reach inside it), so a one-variable VALUES block
    becomes the equivalent ``FILTER (?x IN (…))``; the header comments are left out. The message keeps its
    ``{?value}`` placeholders, which SHACL fills the same way."""
    from treatykg.rdf.dumps import nt_literal

    query = VALUES_ONE.sub(lambda m: f"FILTER ({m.group(1)} IN ({', '.join(m.group(2).split())}))", check.text)
    query = "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))
    if re.search(r"\bVALUES\b", _without_comments(query), re.IGNORECASE):
        raise CheckError(f"{check.path}: a VALUES block of more than one variable cannot be written as SHACL-SPARQL")
    messages = " , ".join(nt_literal(message) for message in check.messages)
    return (f"<{check.shape}> sh:sparql [\n    a sh:SPARQLConstraint ;\n"
            f"    rdfs:comment {nt_literal(Literal(check.name))} ;\n"
            f"    sh:message {messages} ;\n"
            f"    sh:select {nt_literal(Literal(query))}\n] .\n")
