"""Akoma Ntoso: every language version of every bundled act and of every act of the gold set is one document that
validates against the official AKN 3.0 schema, whose text is the normalised text character for character, whose
eIds are the graph's and whose references are the graph's IRIs; the README's example is this output.

Run this file as a script (``PYTHONPATH=builders:tests python tests/unit/test_akn.py``) to write the README's
example again from the current output."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from rdflib import URIRef

from helpers import CORPUS, ROOT, SEED
from treatykg.akn import AKN_NAMESPACE, act_documents, schema_errors, text_content
from treatykg.akn.writer import Frbr, TreeWriter, hoist_line_breaks, q
from treatykg.evaluation.goldset import load
from treatykg.facts.extraction import extract_act
from treatykg.facts.terms import term_uses
from treatykg.rdf.dumps import turtle
from treatykg.rdf.graph import build_act_graphs
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import AKN_MEDIA_TYPE, ELI, RDF, TKG
from treatykg.text.document import (
    Act,
    Annex,
    Article,
    Block,
    Body,
    Item,
    ItemList,
    Note,
    Paragraph,
    Point,
    Section,
    Signature,
    SignatureBlock,
    Text,
    Treaty,
    close,
)
from treatykg.text.parsed import parse_path

NS = {"a": AKN_NAMESPACE}
MINTER = Minter()
README = ROOT / "README.md"
README_START, README_END = "<!-- akn-example:start -->", "<!-- akn-example:end -->"
EXAMPLE_ARTICLE = "art_8"  # of the seed: a cited treaty with its date and place, in one paragraph


def roots() -> list[Path]:
    """The bundled corpus, then every act folder, file or kz-laws root of the gold set that is not in it."""
    return [CORPUS] + [r for r in load().act_roots() if CORPUS not in r.parents and r != CORPUS]


@cache
def built(root: Path):
    """Each act at ``root``: (parsed act, graphs, documents, their XML)."""
    out = []
    for parsed in parse_path(root):
        facts = extract_act(parsed)
        graphs = build_act_graphs(parsed, facts, MINTER)
        documents = act_documents(parsed, facts, graphs, MINTER)
        out.append((parsed, graphs, documents, [d.xml() for d in documents]))
    return out


def scopes(root: etree._Element) -> dict[str, etree._Element]:
    """The act's document and the treaty's (a component, or the file's only document)."""
    documents = {}
    main = root[0]
    documents["treaty" if main.get("name") == "treaty" else "act"] = main
    for component in root.findall("a:components/a:component", NS):
        documents["treaty"] = component[0]
    return documents


def eids(document: etree._Element, *, meta: bool = False) -> dict[str, etree._Element]:
    """Elements with an eId in a document (its components aside), in or out of ``meta``."""
    found = {}
    for element in document.iter():
        if not isinstance(element.tag, str) or element.get("eId") is None:
            continue
        in_meta = any(a.tag == q("meta") for a in element.iterancestors())
        if in_meta == meta:
            found[element.get("eId")] = element
    return found


def squeeze(text: str) -> str:
    return "".join(text.split())


# --- every document of the corpus and of the gold set ---------------------------------------------------------------

@pytest.mark.parametrize("root", roots(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_document_validates_keeps_the_text_and_the_graphs_eids_and_iris(root):
    acts = built(root)
    assert acts, f"{root}: no act"
    for parsed, graphs, documents, xmls in acts:
        assert [d.language for d in documents] == [v.language for v in parsed.versions]
        for version, xml in zip(parsed.versions, xmls, strict=True):
            where = f"{version.path} ({version.language})"
            assert schema_errors(xml) == [], where
            tree = etree.fromstring(xml)
            assert text_content(tree) == version.normalised.text, f"{where}: the text is not the normalised text"
            expression = MINTER.expression(graphs.act, version.language)
            triples = graphs.graphs[MINTER.graph(expression)]
            in_graph = {s for s, _, _ in triples} | {o for _, _, o in triples if isinstance(o, URIRef)}
            documents_by_kind = scopes(tree)
            model_eids = {n.eid for n in version.document.walk() if n.eid}
            for kind, owner in (("act", graphs.act), ("treaty", graphs.treaty)):
                parts = {s: str(o) for s, p, o in triples if p == TKG.eId and owner and str(s).startswith(f"{owner}/")
                         and (s, RDF.type, TKG.Passage) not in triples}
                texts = {s: str(o) for s, p, o in triples if p == TKG.text}
                xml_eids = eids(documents_by_kind[kind]) if kind in documents_by_kind else {}
                for part, eid in parts.items():
                    assert eid in xml_eids, f"{where}: the graph's part {eid} has no element in the {kind}"
                    if part in texts:
                        assert squeeze(text_content(xml_eids[eid])) == squeeze(texts[part]), f"{where}: {eid}"
                for eid in xml_eids:
                    assert eid in model_eids or eid in ("att_1",), f"{where}: {eid} is no part of the text"
            _check_identification(where, tree, documents_by_kind, graphs, expression, triples)
            _check_references(where, documents_by_kind, in_graph)


def _check_identification(where, tree, documents, graphs, expression, triples):
    manifestation = MINTER.manifestation(expression)
    assert (expression, ELI.is_embodied_by, manifestation) in triples, where
    assert (manifestation, ELI.embodies, expression) in triples and (manifestation, RDF.type, ELI.Format) in triples
    assert (manifestation, ELI["format"], AKN_MEDIA_TYPE) in triples
    for kind, document in documents.items():
        identification = document.find("a:meta/a:identification", NS)
        this = {level: identification.find(f"a:FRBR{level}/a:FRBRthis", NS).get("value")
                for level in ("Work", "Expression", "Manifestation")}
        assert this["Manifestation"] == str(manifestation), where
        if kind == "act":
            assert this["Work"] == str(graphs.act) and this["Expression"] == str(expression), where
        else:
            assert this["Work"] == str(graphs.treaty), where
            treaty_expression = URIRef(this["Expression"])
            assert (graphs.treaty, ELI.is_realized_by, treaty_expression) in triples, where
            assert (treaty_expression, ELI.is_embodied_by, manifestation) in triples, where
    if "act" in documents and "treaty" in documents:
        reference = documents["act"].find("a:attachments/a:attachment/a:documentRef", NS)
        assert reference.get("href") == documents["treaty"].find(
            "a:meta/a:identification/a:FRBRExpression/a:FRBRthis", NS).get("value"), where


def _check_references(where, documents, in_graph):
    for kind, document in documents.items():
        entries = eids(document, meta=True)
        for element in document.iter():
            target = element.get("refersTo") if isinstance(element.tag, str) else None
            if target is not None:
                assert target.startswith("#") and target[1:] in entries, f"{where}: {target} in the {kind}"
        for eid, entry in entries.items():
            if entry.tag.startswith(q("TLC")) and eid != "treatykg":
                assert URIRef(entry.get("href")) in in_graph, f"{where}: {entry.get('href')} is not in the graph"
                assert entry.get("showAs"), where


# --- the seed, element by element -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_document():
    (parsed, graphs, documents, xmls), = built(SEED)
    return parsed.versions[0], graphs, etree.fromstring(xmls[0])


def test_the_seed_marks_its_parties_terms_and_cited_treaty_with_the_graphs_iris(seed_document):
    version, graphs, tree = seed_document
    treaty = scopes(tree)["treaty"]
    references = {e.get("eId"): e for e in eids(treaty, meta=True).values()}

    def target(element):
        return references[element.get("refersTo")[1:]].get("href")

    parties = treaty.findall(".//a:preamble//a:party", NS)
    assert [target(p) for p in parties] == [str(MINTER.organisation("KAZ", "government")),
                                            str(MINTER.organisation("BLR", "government"))]
    definitions = treaty.findall(".//a:def", NS)
    assert len(definitions) == 8 and definitions[0].getparent().getparent().getparent().get("eId") == \
        "art_1__list_1__item_1"
    assert all(target(d).startswith(f"{graphs.treaty}/term/") for d in definitions)
    uses = {target(t) for t in treaty.findall(".//a:term", NS)}
    assert uses <= {target(d) for d in definitions} and len(uses) >= 5
    cited, = treaty.findall(".//a:ref", NS)
    assert cited.get("href") == target(cited) and "/akn/int/treaty/blr-kaz/state/2008/" in cited.get("href")
    assert cited.find("a:date", NS).get("date") == "2008-09-30"
    assert target(cited.find("a:location", NS)) == str(MINTER.place("Minsk"))
    act = scopes(tree)["act"]
    assert act.find(".//a:preface//a:date", NS).get("date") == "2011-07-26"
    signature = act.find("a:conclusions/a:blockContainer[@eId='signature_1']/a:p/a:signature", NS)
    assert [child.tag.split("}")[1] for child in signature] == ["role", "eol", "person"]


def test_a_line_break_ends_the_element_of_its_line(seed_document):
    """Line breaks stand after the closing tags of their line (the README's rule), never inside a paragraph but after
    the ``eol`` of a signature's line."""
    version, _, tree = seed_document
    for p in tree.iter(q("p")):
        assert "\n" not in (p.text or "")
        for inner in p.iterdescendants():
            assert "\n" not in (inner.text or "") and (inner.tag == q("eol") or "\n" not in (inner.tail or ""))
    signature = tree.find(".//a:blockContainer[@eId='signature_1']", NS)
    assert etree.tostring(signature, encoding="unicode").count("<eol/>\n") == 1
    assert text_content(tree).count("\n") == version.normalised.text.count("\n")


def test_term_uses_are_spans_of_the_normalised_text_within_one_line(seed_document):
    from helpers import corpus_facts

    version, _, _ = seed_document
    facts = corpus_facts("p2011-860-blr-govcomm", "kk")
    uses = term_uses(version.document.treaty, facts.terms, "kk")
    assert len(uses) > 20
    text = version.normalised.text
    for use in uses:
        words = text[use.start:use.end]
        assert "\n" not in words and words.split()[0][:4].lower() == use.term.split()[0][:4].lower()


# --- what the schema does not let a text do in its order ------------------------------------------------------------

class Lines:
    """A text made line by line, and the leaves of the model over it."""

    def __init__(self):
        self.text = ""

    def leaf(self, line: str, role: str = "text") -> Text:
        start = len(self.text)
        self.text += line + "\n"
        return Text(start, len(self.text), line + "\n", role)


def written(node, name: str = "treaty") -> tuple[bytes, etree._Element]:
    root = etree.Element(q("akomaNtoso"), nsmap={None: AKN_NAMESPACE})
    writer = TreeWriter(LINES.text, [])
    frbr = Frbr(work="https://example.org/akn/int/treaty/x", expression="https://example.org/akn/int/treaty/x/eng",
                manifestation="https://example.org/akn/int/treaty/x/eng.akn", language="eng", country="int")
    writer.document(root, node, name, frbr)
    hoist_line_breaks(root)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return xml, etree.fromstring(xml)


LINES = Lines()


@pytest.fixture
def lines():
    LINES.text = ""
    return LINES


def test_a_note_after_an_annex_stays_in_its_place_inside_that_annex(lines):
    treaty = close(Treaty(children=[
        close(Block(role="title", children=[lines.leaf("Agreement")])),
        close(Body(eid="body", children=[close(Article(eid="art_1", num=1, num_text="1", children=[
            lines.leaf("Article 1", "num"),
            close(Paragraph(eid="art_1__para_1", children=[lines.leaf("The Parties agree.")]))]))])),
        close(SignatureBlock(eid="signatures", children=[close(Signature(eid="signatures__signature_1", children=[
            lines.leaf("For the first Party", "signature"), lines.leaf("A. Person", "signature")]))])),
        close(Annex(eid="annex_1", kind="annex", children=[
            close(Block(role="title", children=[lines.leaf("Annex")])),
            close(Block(role="text", children=[lines.leaf("A list.")]))])),
        close(Note(eid="note_1", kind="editorial", children=[lines.leaf("Note of the editor.")])),
    ]))
    xml, tree = written(treaty)
    assert schema_errors(xml) == []
    assert text_content(tree) == lines.text
    note, = tree.findall(".//a:blockContainer[@eId='note_1']", NS)
    assert [a.get("eId") for a in note.iterancestors(q("attachment"))] == ["annex_1"]
    assert note.find("a:p/a:remark", NS).get("status") == "editorial"


def test_an_enacting_formula_after_a_point_is_a_container_of_the_body(lines):
    act = close(Act(children=[
        close(Block(role="title", children=[lines.leaf("On the agreement")])),
        close(Point(eid="para_1", num=1, num_text="1", children=[lines.leaf("1. Under the law of 1996.")])),
        close(Block(role="enacting-formula", children=[lines.leaf("The Government RESOLVES:")])),
        close(Signature(eid="signature_1", children=[lines.leaf("Prime Minister")])),
    ]))
    xml, tree = written(act, "resolution")
    assert schema_errors(xml) == []
    assert text_content(tree) == lines.text
    body, = tree.findall("a:act/a:body", NS)
    assert [child.tag.split("}")[1] for child in body] == ["paragraph", "hcontainer"]
    assert body.find("a:paragraph/a:num", NS).text == "1."


def test_a_point_after_the_signatures_stays_after_them_with_its_eid(lines):
    act = close(Act(children=[
        close(Point(eid="para_1", num=1, num_text="1", children=[lines.leaf("1. Approve the agreement.")])),
        close(Signature(eid="signature_1", children=[lines.leaf("Prime Minister")])),
        close(Point(eid="para_2", num=2, num_text="2", children=[lines.leaf("2. In force from today.")])),
    ]))
    xml, tree = written(act, "resolution")
    assert schema_errors(xml) == []
    assert text_content(tree) == lines.text
    late, = tree.findall("a:act/a:conclusions/a:blockContainer[@eId='para_2']", NS)
    assert late.get("class") == "point"


def test_a_treaty_without_a_body_is_a_doc_and_says_it_has_none(lines):
    treaty = close(Treaty(children=[
        close(Block(role="title", children=[lines.leaf("Agreement")])),
        close(Note(eid="note_1", kind="editorial", children=[lines.leaf("Not printed.")]))]))
    xml, tree = written(treaty)
    assert schema_errors(xml) == []
    assert text_content(tree) == lines.text
    assert tree.find("a:doc/a:mainBody/a:hcontainer", NS).get("name") == "noBody"


def test_text_around_and_between_lists_is_intro_wrap_up_and_a_container(lines):
    def item_list(eid, *texts):
        return close(ItemList(eid=eid, children=[close(Item(eid=f"{eid}__item_{n}", marker="a)", children=[
            lines.leaf(f"a) {text}", "item")])) for n, text in enumerate(texts, 1)]))

    section_line, article_line = lines.leaf("Section I General", "num"), lines.leaf("Article 1", "num")
    paragraph = close(Paragraph(eid="art_1__para_1", num=1, num_text="1", children=[
        lines.leaf("1. The Parties shall:"), item_list("art_1__para_1__list_1", "meet;"), lines.leaf("and also:"),
        item_list("art_1__para_1__list_2", "talk."), lines.leaf("as agreed.")]))
    section = close(Section(eid="sec_1", num=1, num_text="I", heading="General", children=[
        section_line, close(Article(eid="art_1", num=1, num_text="1", children=[article_line, paragraph]))]))
    treaty = close(Treaty(children=[close(Body(eid="body", children=[section]))]))
    xml, tree = written(treaty)
    assert schema_errors(xml) == []
    assert text_content(tree) == lines.text
    section_element = tree.find(".//a:section", NS)
    assert [section_element.find(f"a:{tag}", NS).text for tag in ("num", "heading")] == ["Section I", "General"]
    p = tree.find(".//a:paragraph[@eId='art_1__para_1']", NS)
    assert [child.tag.split("}")[1] for child in p] == ["num", "intro", "list", "hcontainer", "list", "wrapUp"]
    assert p.find("a:list/a:point/a:num", NS).text == "a)"


def test_a_document_that_breaks_the_schema_is_reported_with_its_line():
    broken = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<act name="x"/></akomaNtoso>'
    errors = schema_errors(broken)
    assert errors and errors[0].startswith("line 2:")


# --- the README ------------------------------------------------------------------------------------------------------

def readme_example() -> str:
    """The seed's article 8 as Akoma Ntoso and as Turtle (its part, its paragraph and the citation in it)."""
    (parsed, graphs, documents, xmls), = built(SEED)
    xml = xmls[0].decode("utf-8")
    start = xml.index(f'<article eId="{EXAMPLE_ARTICLE}">')
    fragment = xml[start:xml.index("</article>", start) + len("</article>")]
    treaty_meta = xml[xml.index("<component"):xml.index("</meta>", xml.index("<component"))]
    targets = [f'eId="{target}"' for target in dict.fromkeys(re.findall(r'refersTo="#([^"]+)"', fragment))]
    entries = [line.strip() for line in treaty_meta.splitlines() if line.strip().startswith("<TLC")
               and any(target in line for target in targets)]
    expression = MINTER.expression(graphs.act, "kk")
    triples = graphs.graphs[MINTER.graph(expression)]
    article = URIRef(f"{graphs.treaty}/{EXAMPLE_ARTICLE}")
    paragraph = URIRef(f"{article}__para_1")
    citations = {s for s, p, o in triples if p == TKG.statedIn and o == paragraph and (s, RDF.type, TKG.Citation)
                 in triples and (s, RDF.type, TKG.GenericReference) not in triples}
    subjects = {article, paragraph} | citations
    shown = {(s, p, o) for s, p, o in triples if s in subjects and p not in (TKG.passage,)}
    ttl = turtle(shown).decode("utf-8")
    ttl = "\n".join(line for line in ttl.splitlines() if not line.startswith("@prefix")).strip()
    entries_text = "\n".join(entries)
    return (f"```xml\n{fragment}\n```\n\nIts references, in the treaty's `meta`:\n\n```xml\n{entries_text}\n```\n\n"
            f"The same article in the graph (Turtle; its passages left out):\n\n```turtle\n{ttl}\n```")


def test_the_readme_shows_the_seeds_article_as_it_is_written_now():
    readme = README.read_text(encoding="utf-8")
    assert README_START in readme and README_END in readme
    shown = readme.split(README_START, 1)[1].split(README_END, 1)[0].strip()
    assert shown == readme_example(), "the README's Akoma Ntoso example is stale: run this file as a script"


def write_readme_example() -> None:
    readme = README.read_text(encoding="utf-8")
    head, rest = readme.split(README_START, 1)
    tail = rest.split(README_END, 1)[1]
    README.write_text(f"{head}{README_START}\n{readme_example()}\n{README_END}{tail}", encoding="utf-8")


def test_a_party_whose_offsets_are_a_little_off_is_found_by_its_words_near_them(seed_document):
    from helpers import corpus_facts
    from treatykg.akn.marks import GraphView, MarkMaker
    from treatykg.facts.types import Evidence

    version, graphs, _ = seed_document
    maker = MarkMaker(version, corpus_facts("p2011-860-blr-govcomm", "kk"), GraphView(()), MINTER, graphs.act,
                      graphs.treaty)
    party = corpus_facts("p2011-860-blr-govcomm", "kk").parties[0].evidence
    shifted = Evidence(party.eid, party.start + 2, party.end + 2, party.text)
    assert maker._located(party) == maker._located(shifted) == (party.start, party.end)
    assert maker._located(Evidence(party.eid, party.start, party.end, "no such words")) is None


if __name__ == "__main__":
    write_readme_example()
    print(f"{README}: the Akoma Ntoso example written")
