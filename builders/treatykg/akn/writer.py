"""The document model of one language version -> an Akoma Ntoso 3.0 XML tree.

The act is the main document; the treaty it carries is a component of the file (``components/component``, named
from the act's ``attachments`` by a ``documentRef`` to the treaty's expression), each with its own FRBR metadata
and ``references``; protocols and annexes are attachments of the treaty. Each node of the model becomes the element
its type asks for, with the node's eId, and every leaf of text becomes text of the element of its role (see
``treatykg.akn``: nothing is added to the text, nothing left out, nothing moved).

The schema fixes the order of a document's parts (preface, preamble, body, conclusions, attachments) while a text
may put a node where the schema does not expect it (an enacting formula after a point, a note after an annex):
such a node is written, in its place, as the generic container of the part it stands in (``hcontainer`` in a body,
``blockContainer`` elsewhere), so that the order of the text is kept.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from treatykg.akn.marks import Mark, Reference
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.document import (
    Annex,
    Article,
    Block,
    Body,
    ClosingFormula,
    Item,
    ItemList,
    Node,
    Note,
    Paragraph,
    Point,
    Preamble,
    Section,
    Signature,
    SignatureBlock,
    Text,
)

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
META = f"{{{AKN_NAMESPACE}}}meta"
NULL_DATE = "0001-01-01"  # FRBRdate is required; where the graph knows no date, the date cobalt reads as none
TOOL = "treatykg"  # the TLCOrganization that made the manifestation and its metadata

TLC_ELEMENTS = {"party": "TLCOrganization", "organisation": "TLCOrganization", "location": "TLCLocation",
                "term": "TLCConcept", "treaty": "TLCReference", "person": "TLCPerson", "role": "TLCRole"}
# zones of a document, in the order the schema requires them
PREFACE, PREAMBLE, BODY, CONCLUSIONS, ATTACHMENTS = range(5)
PREFACE_ROLES = {"title", "header", "draft-marker", "title-copy"}
PREAMBLE_ROLES = {"enacting-formula", "parties", "parties-described", "recital", "agreed-formula", "dateline",
                  "heading"}
FORMULAS = {"enacting-formula": "enactingFormula", "agreed-formula": "agreedFormula"}
HIER_TAGS = {Article: "article", Paragraph: "paragraph", Point: "paragraph", ItemList: "list", Item: "point"}


def q(tag: str) -> str:
    return f"{{{AKN_NAMESPACE}}}{tag}"


def sub(parent: etree._Element, tag: str, **attributes: str | None) -> etree._Element:
    return etree.SubElement(parent, q(tag), {k: v for k, v in attributes.items() if v is not None})


def append_text(parent: etree._Element, text: str) -> None:
    """Text after the last child of ``parent`` (or in it, before any child)."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


@dataclass
class Scope:
    """A document of the file (the act, the treaty) and the entities its text refers to: its ``references``. The
    eIds of a document, its references' among them, are unique within it (the schema checks it)."""

    references: dict[tuple[str, str], tuple[str, Reference]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def refer(self, reference: Reference) -> str:
        """The eId of the reference's TLC entry, made on its first use."""
        key = (reference.kind, reference.iri)
        if key not in self.references:
            self.counts[reference.kind] = self.counts.get(reference.kind, 0) + 1
            self.references[key] = (f"{reference.kind}-{self.counts[reference.kind]}", reference)
        return self.references[key][0]


@dataclass(frozen=True)
class Frbr:
    """The identifiers of one document of the file, at the three FRBR levels, as the graph names them."""

    work: str
    expression: str
    manifestation: str
    language: str  # ISO 639-2, as the expression's IRI
    country: str
    date: str | None = None
    date_name: str = "enactment"
    subtype: str | None = None
    number: str | None = None
    name: str | None = None
    authors: tuple[Reference, ...] = ()


class TreeWriter:
    """Writes the elements of one language version from its normalised text, its model and its marks."""

    def __init__(self, text: str, marks: list[Mark]):
        self.text = text
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end, m.tag))
        self._starts = [m.start for m in self.marks]
        self.scope = Scope()

    # --- text and inline markup ---------------------------------------------------------------------------------

    def _marks_within(self, start: int, end: int) -> list[Mark]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.marks) and self.marks[i].start < end:
            if self.marks[i].end <= end:
                out.append(self.marks[i])
            i += 1
        return out

    @staticmethod
    def _nest(marks: list[Mark]) -> list[tuple[Mark, list]]:
        """Marks as a forest: a mark inside another is its child; one that crosses the end of another is left out
        (inline elements nest)."""
        roots: list[tuple[Mark, list]] = []
        stack: list[tuple[Mark, list]] = []
        for mark in marks:
            while stack and stack[-1][0].end <= mark.start:
                stack.pop()
            if stack and mark.end > stack[-1][0].end:
                continue
            node: tuple[Mark, list] = (mark, [])
            (stack[-1][1] if stack else roots).append(node)
            stack.append(node)
        return roots

    def _inline(self, parent: etree._Element, start: int, end: int, forest: list[tuple[Mark, list]]) -> None:
        at = start
        for mark, children in forest:
            append_text(parent, self.text[at:mark.start])
            attributes = dict(mark.attributes)
            if mark.reference is not None:
                attributes["refersTo"] = "#" + self.scope.refer(mark.reference)
                if mark.tag == "ref":
                    attributes.setdefault("href", mark.reference.iri)
            self._inline(sub(parent, mark.tag, **attributes), mark.start, mark.end, children)
            at = mark.end
        append_text(parent, self.text[at:end])

    def fill(self, element: etree._Element, start: int, end: int) -> None:
        """The text ``[start, end)`` into ``element``, with the marks that lie wholly inside it."""
        self._inline(element, start, end, self._nest(self._marks_within(start, end)))

    def line(self, parent: etree._Element, tag: str, start: int, end: int, **attributes: str | None) -> etree._Element:
        """An element holding one run of text; the whitespace around the run stands outside it."""
        run = self.text[start:end]
        core = run.strip()
        lead = len(run) - len(run.lstrip()) if core else len(run)
        append_text(parent, run[:lead])
        element = sub(parent, tag, **attributes)
        if core:
            self.fill(element, start + lead, start + lead + len(core))
            element.tail = run[lead + len(core):] or None
        return element

    def lines(self, parent: etree._Element, tag: str, spans: list[tuple[int, int]], **attributes: str | None
              ) -> etree._Element:
        """One element holding several runs (lines) of text: each line break inside it follows an ``eol``."""
        first, last = spans[0][0], spans[-1][1]
        run = self.text[first:last]
        if not run.strip():
            return self.line(parent, tag, first, last, **attributes)
        lead, trail = len(run) - len(run.lstrip()), len(run) - len(run.rstrip())
        start, end = first + lead, last - trail
        append_text(parent, run[:lead])
        element = sub(parent, tag, **attributes)
        for _, line_end in spans[:-1]:
            if start < line_end < end:
                piece = self.text[start:line_end]
                body = piece.rstrip()
                self.fill(element, start, start + len(body))
                if body:
                    sub(element, "eol")
                append_text(element, piece[len(body):])
                start = line_end
        self.fill(element, start, end)
        element.tail = run[len(run) - trail:] or None
        return element

    # --- documents ----------------------------------------------------------------------------------------------

    @staticmethod
    def zone(node: Node | Text) -> int | None:
        """The part of a document a node belongs in (None: wherever it stands)."""
        if isinstance(node, Block):
            return PREFACE if node.role in PREFACE_ROLES else PREAMBLE if node.role in PREAMBLE_ROLES else BODY
        if isinstance(node, Preamble):
            return PREAMBLE
        if isinstance(node, (Body, Point, Paragraph, Article, Section, ItemList, Item)):
            return BODY
        if isinstance(node, (Signature, SignatureBlock, ClosingFormula)):
            return CONCLUSIONS
        if isinstance(node, Annex):
            return ATTACHMENTS
        return None

    def document(self, parent: etree._Element, node: Node, name: str, frbr: Frbr,
                 trailing: list[Node | Text] | None = None, references: bool = True,
                 attached: tuple[tuple[str, str, str], ...] = ()) -> etree._Element:
        """A document (``act`` if it has a body of parts, else ``doc``) from an act, a treaty or an annex.
        ``trailing``: nodes of the owner after this annex, which the schema has no place for after it.
        ``attached``: (eId, href, showAs) of documents attached by reference (the treaty a component)."""
        children: list[Node | Text] = list(node.children) + list(trailing or [])
        hierarchical = any(isinstance(c, (Body, Point)) for c in children)
        document = sub(parent, "act" if hierarchical else "doc", name=name)
        if hierarchical:
            document.set("contains", "originalVersion")
        meta = sub(document, "meta")
        parts: dict[int, etree._Element] = {}
        current = PREFACE
        i = 0
        while i < len(children):
            child = children[i]
            natural = self.zone(child)
            current = max(current, natural if natural is not None else current)
            if current == ATTACHMENTS and isinstance(child, Annex):  # an annex, and the nodes up to the next one
                after = i + 1  # (no part of this document can follow an annex)
                while after < len(children) and not isinstance(children[after], Annex):
                    after += 1
                attachments = parts.get(ATTACHMENTS)
                if attachments is None:
                    self._ensure_body(document, parts, hierarchical)
                    attachments = parts[ATTACHMENTS] = sub(document, "attachments")
                self.annex(attachments, child, frbr, children[i + 1:after])
                i = after
                continue
            container = parts.get(current)
            if container is None:
                if current >= CONCLUSIONS:
                    self._ensure_body(document, parts, hierarchical)
                tag = ("preface", "preamble", "body" if hierarchical else "mainBody", "conclusions")[current]
                container = parts[current] = sub(document, tag)
            if current == BODY:
                if isinstance(child, Body) and container.get("eId") is None and len(container) == 0:
                    if child.eid:
                        container.set("eId", child.eid)
                    for grandchild in child.children:
                        self.hier(container, grandchild)
                elif hierarchical:
                    self.hier(container, child)
                else:
                    self.block(container, child, "main")
            else:
                self.block(container, child, ("preface", "preamble", "", "conclusions")[current])
            i += 1
        self._ensure_body(document, parts, hierarchical)
        for eid, href, label in attached:
            if ATTACHMENTS not in parts:
                parts[ATTACHMENTS] = sub(document, "attachments")
            sub(sub(parts[ATTACHMENTS], "attachment", eId=eid), "documentRef", href=href, showAs=label)
        self.meta(meta, frbr, references)
        return document

    def _ensure_body(self, document: etree._Element, parts: dict[int, etree._Element], hierarchical: bool) -> None:
        """The body the schema requires, before the conclusions and attachments: where the text has none, an empty
        container says so."""
        if BODY not in parts:
            parts[BODY] = sub(document, "body" if hierarchical else "mainBody")
            sub(parts[BODY], "hcontainer", name="noBody")

    def annex(self, attachments: etree._Element, annex: Annex, owner: Frbr, trailing: list[Node | Text]) -> None:
        attachment = sub(attachments, "attachment", eId=annex.eid)
        eid = annex.eid or "annex"
        frbr = Frbr(work=f"{owner.work}/{eid}", expression=f"{owner.expression}/{eid}",
                    manifestation=owner.manifestation, language=owner.language, country=owner.country,
                    date=owner.date, date_name=owner.date_name, name=annex.kind, authors=owner.authors)
        self.document(attachment, annex, annex.kind, frbr, trailing, references=False)

    # --- the parts of a body ------------------------------------------------------------------------------------

    def hier(self, parent: etree._Element, node: Node | Text) -> None:
        """A node where the schema expects hierarchical elements (a body, an article, a list)."""
        if isinstance(node, Text):
            container = sub(parent, "hcontainer", name="text")
            self.line(sub(container, "content"), "p", node.start, node.end)
            return
        tag = HIER_TAGS.get(type(node))
        if isinstance(node, Section):
            tag = node.label if node.label in ("chapter", "section") else "section"
        if tag is None:  # a block, a note or a signature amid the parts: a container of its own kind
            container = sub(parent, "hcontainer", name=self._kind(node))
            self.block(sub(container, "content"), node, "blocks")
            return
        element = sub(parent, tag, eId=node.eid)
        children = list(node.children)
        while children and isinstance(children[0], Text) and children[0].role in ("num", "heading"):
            leaf = children.pop(0)
            assert isinstance(leaf, Text)
            if leaf.role == "num" and isinstance(node, Section) and node.heading:
                self._num_and_heading(element, leaf, node.heading)
            else:
                self.line(element, leaf.role, leaf.start, leaf.end)
        number = getattr(node, "num_text", None) if isinstance(node, (Paragraph, Point)) else (
            node.marker if isinstance(node, Item) else None)
        spans = [c if isinstance(c, Node) else (c.start, c.end) for c in children]
        if number and spans and isinstance(spans[0], tuple):
            start, end = spans[0]
            split = self._number_end(start, end, number)
            if split is not None:
                self.line(element, "num", start, split)
                rest = self.text[split:end]
                space = len(rest) - len(rest.lstrip())
                append_text(element, rest[:space])  # the space after the number, between num and what follows
                if rest.strip():
                    spans[0] = (split + space, end)
                else:  # the number stands alone on its line
                    spans.pop(0)
        self._hier_content(element, spans)

    def _number_end(self, start: int, end: int, number: str) -> int | None:
        """Where the number that opens a line ends: its first word, if the word holds the number."""
        run = self.text[start:end]
        word = run.lstrip().split(maxsplit=1)[0] if run.strip() else ""
        if number not in word:
            return None
        return start + (len(run) - len(run.lstrip())) + len(word)

    def _num_and_heading(self, element: etree._Element, leaf: Text, heading: str) -> None:
        """A section's line that holds both its number and its heading."""
        run = self.text[leaf.start:leaf.end].rstrip()
        if run.endswith(heading) and len(run) > len(heading):
            split = leaf.start + len(run) - len(heading)
            self.line(element, "num", leaf.start, split)
            self.line(element, "heading", split, leaf.end)
        else:
            self.line(element, "num", leaf.start, leaf.end)

    def _hier_content(self, element: etree._Element, spans: list) -> None:
        """Text before the first part is an ``intro``, after the last a ``wrapUp``; text alone, ``content``."""
        nodes = [k for k, s in enumerate(spans) if isinstance(s, Node)]
        if not nodes:
            content = sub(element, "content")
            for start, end in spans:
                self.line(content, "p", start, end)
            return
        if nodes[0] > 0:
            intro = sub(element, "intro")
            for start, end in spans[:nodes[0]]:
                self.line(intro, "p", start, end)
        for span in spans[nodes[0]:nodes[-1] + 1]:
            if isinstance(span, Node):
                self.hier(element, span)
            else:
                container = sub(element, "hcontainer", name="text")
                self.line(sub(container, "content"), "p", *span)
        if nodes[-1] + 1 < len(spans):
            wrap_up = sub(element, "wrapUp")
            for start, end in spans[nodes[-1] + 1:]:
                self.line(wrap_up, "p", start, end)

    # --- blocks -------------------------------------------------------------------------------------------------

    @staticmethod
    def _kind(node: Node) -> str:
        role = getattr(node, "role", None) or getattr(node, "kind", None)
        return role if isinstance(node, (Block, Note)) and role else node.type[0].lower() + node.type[1:]

    def _leaf_spans(self, node: Node) -> list[tuple[int, int]]:
        return [(leaf.start, leaf.end) for leaf in node.children if isinstance(leaf, Text)]

    def block(self, parent: etree._Element, node: Node | Text, context: str) -> None:
        """A node where the schema expects blocks: ``context`` is the part (preface, preamble, conclusions), or
        ``main`` (a document without a body of parts) or ``blocks`` (any other container of blocks)."""
        if isinstance(node, Text):
            self.line(parent, "p", node.start, node.end)
            return
        if isinstance(node, Preamble) and context == "preamble" and parent.get("eId") is None and len(parent) == 0:
            if node.eid:
                parent.set("eId", node.eid)
            self._preamble(parent, node)
            return
        if isinstance(node, Block) and node.role == "title" and context == "preface":
            container = sub(parent, "longTitle", eId=node.eid)
            for start, end in self._leaf_spans(node):
                self.line(container, "p", start, end)
            return
        formula = FORMULAS.get(getattr(node, "role", "")) or ("closingFormula" if isinstance(node, ClosingFormula)
                                                                else None)
        if formula and context in ("preface", "preamble", "conclusions"):
            container = sub(parent, "formula", name=formula, eId=node.eid)
            for child in node.children:
                self.block(container, child, "blocks")
            return
        if isinstance(node, Note):
            container = sub(parent, "blockContainer", eId=node.eid, **{"class": f"note {node.kind}"})
            for leaf in node.children:
                if isinstance(leaf, Text):
                    self.line(sub(container, "p"), "remark", leaf.start, leaf.end, status="editorial")
                else:
                    self.block(container, leaf, "blocks")
            return
        if isinstance(node, Signature):
            container = sub(parent, "blockContainer", eId=node.eid, **{"class": "signature"})
            spans = self._leaf_spans(node)
            if spans and len(spans) == len(node.children):
                self.lines(sub(container, "p"), "signature", spans)
                return
            for child in node.children:
                self.block(container, child, "blocks")
            return
        if isinstance(node, Body):
            container = sub(parent, "blockContainer", eId=node.eid, **{"class": "body"})
            for child in node.children:
                self.block(container, child, "blocks")
            return
        container = sub(parent, "blockContainer", eId=node.eid, **{"class": self._kind(node)})
        for child in node.children:
            self.block(container, child, "blocks")

    def _preamble(self, preamble: etree._Element, node: Preamble) -> None:
        """The treaty's preamble: the clause naming its parties, its recitals, the formula "have agreed"."""
        recitals: etree._Element | None = None
        for child in node.children:
            if isinstance(child, Block) and child.role == "recital":
                if recitals is None:
                    recitals = sub(preamble, "recitals")
                recital = sub(recitals, "recital", eId=child.eid)
                for start, end in self._leaf_spans(child):
                    self.line(recital, "p", start, end)
                continue
            recitals = None
            self.block(preamble, child, "preamble")

    # --- metadata -----------------------------------------------------------------------------------------------

    def meta(self, meta: etree._Element, frbr: Frbr, references: bool) -> None:
        """The FRBR identification and (``references``) the TLC entries of the document's references. Whitespace
        inside ``meta`` is layout only (the text of a document leaves ``meta`` out)."""
        identification = sub(meta, "identification", source="#" + TOOL)
        authors = ["#" + self.scope.refer(author) for author in frbr.authors] or [""]
        date = frbr.date or NULL_DATE
        date_name = frbr.date_name if frbr.date else "unknown"
        work = sub(identification, "FRBRWork")
        sub(work, "FRBRthis", value=frbr.work)
        sub(work, "FRBRuri", value=frbr.work)
        sub(work, "FRBRdate", date=date, name=date_name)
        for author in authors:
            sub(work, "FRBRauthor", href=author)
        sub(work, "FRBRcountry", value=frbr.country)
        if frbr.subtype:
            sub(work, "FRBRsubtype", value=frbr.subtype)
        if frbr.number:
            sub(work, "FRBRnumber", value=frbr.number)
        if frbr.name:
            sub(work, "FRBRname", value=frbr.name)
        expression = sub(identification, "FRBRExpression")
        sub(expression, "FRBRthis", value=frbr.expression)
        sub(expression, "FRBRuri", value=frbr.expression)
        sub(expression, "FRBRdate", date=date, name=date_name)
        for author in authors:
            sub(expression, "FRBRauthor", href=author)
        sub(expression, "FRBRlanguage", language=frbr.language)
        manifestation = sub(identification, "FRBRManifestation")
        sub(manifestation, "FRBRthis", value=frbr.manifestation)
        sub(manifestation, "FRBRuri", value=frbr.manifestation)
        sub(manifestation, "FRBRdate", date=date, name=date_name)
        sub(manifestation, "FRBRauthor", href="#" + TOOL)
        sub(manifestation, "FRBRformat", value="application/akn+xml")
        if references:
            block = sub(meta, "references", source="#" + TOOL)
            sub(block, "TLCOrganization", eId=TOOL, href=DEFAULT_BASE, showAs=TOOL)
            for eid, reference in self.scope.references.values():
                attributes = {"name": reference.kind} if reference.kind == "treaty" else {}
                sub(block, TLC_ELEMENTS[reference.kind], eId=eid, href=reference.iri, showAs=reference.label,
                    **attributes)
        indent(meta, 1)


def indent(element: etree._Element, level: int) -> None:
    """Lay out ``element``'s children one per line (inside ``meta`` only, where whitespace is not text)."""
    if len(element):
        element.text = "\n" + "  " * (level + 1)
        for child in element:
            indent(child, level + 1)
            child.tail = "\n" + "  " * (level + 1)
        element[-1].tail = "\n" + "  " * level


def hoist_line_breaks(parent: etree._Element) -> None:
    """Move the whitespace that ends an element (a line break, and the spaces before it) out of it, as far up as
    the element ends there: ``<p>…</p></point>\\n`` rather than ``<p>…\\n</p></point>``, so that each line of the text
    is a line of the file. Whitespace is allowed between any two elements; ``meta`` is left as it is laid out."""
    for child in parent:
        if child.tag == META or not isinstance(child.tag, str):
            continue
        hoist_line_breaks(child)
        inner = child[-1].tail if len(child) else child.text
        if inner and inner[-1].isspace():
            kept = inner.rstrip()
            moved = inner[len(kept):]
            if "\n" not in moved:
                continue
            if len(child):
                child[-1].tail = kept or None
            else:
                child.text = kept or None
            child.tail = moved + (child.tail or "")


def text_content(element: etree._Element) -> str:
    """The text of a document: its text nodes in document order, ``meta`` left out."""
    return "".join(_texts(element))


def _texts(element: etree._Element) -> Iterator[str]:
    if element.tag != META:
        yield element.text or ""
        for child in element:
            yield from _texts(child)
            yield child.tail or ""


__all__ = ["AKN_NAMESPACE", "Frbr", "Scope", "TreeWriter", "hoist_line_breaks", "text_content", "q", "sub"]
