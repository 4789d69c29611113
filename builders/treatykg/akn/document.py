"""One language version of an act -> one Akoma Ntoso document, named and identified as the graph names it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree
from rdflib import URIRef

from treatykg.akn.marks import GraphView, MarkMaker, Reference, issuer
from treatykg.akn.writer import AKN_NAMESPACE, Frbr, Scope, TreeWriter, hoist_line_breaks, q, text_content
from treatykg.errors import SourceError
from treatykg.facts.extraction import ActFacts
from treatykg.rdf.graph import ActGraphs
from treatykg.rdf.iris import ISO_639_2, Minter
from treatykg.rdf.vocab import ELI, TKG
from treatykg.text.document import Act, Treaty
from treatykg.text.parsed import ParsedAct, ParsedVersion

# what XML 1.0 cannot carry, even escaped: control characters but tab and line breaks, lone surrogates, non-characters
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TREATY_COMPONENT = "cmp_1"  # the component that holds the treaty, and the act's attachment that names it
TREATY_ATTACHMENT = "att_1"


@dataclass
class AknDocument:
    """The Akoma Ntoso document of one language version."""

    language: str
    source: Path                  # the source file of the version
    manifestation: str            # its IRI: FRBRManifestation/FRBRthis, and eli:is_embodied_by in the graph
    path: PurePosixPath           # where it is written below the output folder, from the manifestation's IRI
    root: etree._Element

    def xml(self) -> bytes:
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8") + b"\n"


def document_path(minter: Minter, manifestation: URIRef) -> PurePosixPath:
    """``kz/act/resolution/2011-07-26/860/kaz.xml`` for ``…/akn/kz/act/resolution/2011-07-26/860/kaz.akn``."""
    return PurePosixPath(minter.below_base(manifestation).removeprefix("akn/")).with_suffix(".xml")


def act_documents(parsed: ParsedAct, facts: ActFacts, graphs: ActGraphs, minter: Minter) -> list[AknDocument]:
    """The document of every language version of an act, from its model, its facts and its graph."""
    return [version_document(version, facts, graphs, minter) for version in parsed.versions]


def _literal(view: GraphView, subject: URIRef, predicate: URIRef) -> str | None:
    values = view.objects(subject, predicate)
    return str(values[0]) if values else None


def version_document(version: ParsedVersion, facts: ActFacts, graphs: ActGraphs, minter: Minter) -> AknDocument:
    language = version.language
    unfit = NOT_XML.search(version.normalised.text)
    if unfit:
        raise SourceError(version.path, version.normalised.raw_line(unfit.start()),
                          f"the text holds U+{ord(unfit.group()):04X}, which XML 1.0 cannot carry: no Akoma Ntoso "
                          "document can keep the text whole")
    expression = minter.expression(graphs.act, language)
    manifestation = minter.manifestation(expression)
    view = GraphView(graphs.graphs.get(minter.graph(expression), set()))
    maker = MarkMaker(version, facts.versions[language][1], view, minter, graphs.act, graphs.treaty)
    writer = TreeWriter(version.normalised.text, maker.make())
    document = version.document
    if [type(c) for c in document.children] not in ([Act], [Treaty], [Act, Treaty]):
        raise SourceError(version.path, None, "the document is not an act followed by its treaty; no Akoma Ntoso "
                                              "document can hold it in its order")
    root = etree.Element(q("akomaNtoso"), nsmap={None: AKN_NAMESPACE})
    act, treaty = document.act, document.treaty
    treaty_frbr = None
    if treaty is not None and graphs.treaty is not None:
        treaty_language = treaty.language or language
        parties = tuple(Reference("party", str(party), maker.party_names.get(str(party)) or view.label(party)
                                  or str(party)) for party in view.objects(graphs.treaty, TKG.hasParty))
        path = minter.below_base(graphs.treaty).split("/")
        treaty_frbr = Frbr(work=str(graphs.treaty), expression=str(minter.expression(graphs.treaty, treaty_language)),
                           manifestation=str(manifestation), language=ISO_639_2.get(treaty_language, treaty_language),
                           country=path[1] if len(path) > 1 else "int",
                           date=_literal(view, graphs.treaty, ELI.date_document), date_name="signature",
                           name="treaty", authors=parties)
    if act is not None:
        path = minter.below_base(graphs.act).split("/")  # akn / kz / act / subtype / date / number
        subtype = path[3] if len(path) > 3 else "act"
        author = issuer(view, graphs.act)
        act_frbr = Frbr(work=str(graphs.act), expression=str(expression), manifestation=str(manifestation),
                        language=ISO_639_2.get(language, language), country=path[1] if len(path) > 1 else "kz",
                        date=_literal(view, graphs.act, ELI.date_document), subtype=subtype,
                        number=_literal(view, graphs.act, ELI.number), name=subtype,
                        authors=(author,) if author else ())
        attached = ((TREATY_ATTACHMENT, treaty_frbr.expression, treaty.title or "treaty"),) \
            if treaty is not None and treaty_frbr is not None else ()
        writer.document(root, act, subtype, act_frbr, attached=attached)
    if treaty is not None:
        if treaty_frbr is None:
            raise SourceError(version.path, None, "the graph names no treaty for the treaty this text carries")
        writer.scope = Scope()  # the treaty's own references
        parent = root if act is None else etree.SubElement(etree.SubElement(root, q("components")), q("component"),
                                                          eId=TREATY_COMPONENT)
        writer.document(parent, treaty, "treaty", treaty_frbr)
    hoist_line_breaks(root)
    if text_content(root) != version.normalised.text:
        raise SourceError(version.path, None, "internal error: the text of the Akoma Ntoso document differs from "
                                              "the normalised text")
    return AknDocument(language, version.path, str(manifestation), document_path(minter, manifestation), root)
