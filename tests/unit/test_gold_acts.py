"""Regressions found on the gold set's real acts (gold/, copied byte for byte): acts the builder used to refuse
(issue 14, item 4), disagreements between kk and ru versions it left unrecorded, facts it gave two names."""

from helpers import ROOT
from treatykg.facts.extraction import extract_act
from treatykg.rdf.graph import build_act_graphs
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DEFAULT_BASE, ELI, TKG
from treatykg.text.document import Article, Body, Paragraph
from treatykg.text.parsed import parse_path

GOV = ROOT / "gold" / "dev" / "kazakhstan-law-government" / "06-government" / "103-pravitelstvo"
POOL_GOV = ROOT / "gold" / "pool" / "kazakhstan-law-government" / "06-government" / "103-pravitelstvo"
PROTOCOL_OF_POINTS = GOV / "2001" / "0110-ob-utverzhdenii-protokola-mezhdu-ministerstvom-obrazovaniia-i-na-7820"
DECREE_WITHOUT_TREATY_IN_KK = (POOL_GOV / "1993"
                               / "0506-ob-utverzhdenii-soglasheniia-mezhdu-pravitelstvom-respubliki-kaz-2349")


def test_a_treaty_body_of_numbered_points_gives_points():
    (act,) = parse_path(PROTOCOL_OF_POINTS)
    assert act.errors == [] and len(act.versions) == 2
    for version in act.versions:
        treaty = version.document.treaty
        body = next(n for n in treaty.children if isinstance(n, Body))
        points = [c for c in body.children if isinstance(c, Paragraph)]
        assert [p.num for p in points] == [1, 2, 3, 4, 5]
        assert [p.eid for p in points] == ["para_1", "para_2", "para_3", "para_4", "para_5"]
        assert not any(isinstance(n, Article) for n in treaty.walk())
        assert treaty.preamble is not None


def test_the_points_are_provisions_whose_clauses_are_read():
    (act,) = parse_path(PROTOCOL_OF_POINTS)
    facts = extract_act(act)
    for language in ("kk", "ru"):
        clauses = {c.kind: c for c in facts.versions[language][1].clauses}
        assert clauses["dispute-settlement"].provision.startswith("para_4")  # "4. Все разногласия … переговоров"


def test_a_decree_whose_treaty_text_is_not_attached_gives_the_act_and_the_treaty_it_approves():
    (act,) = parse_path(DECREE_WITHOUT_TREATY_IN_KK)
    assert act.errors == []
    kk = next(v for v in act.versions if v.language == "kk")
    assert kk.document.treaty is None and kk.document.act is not None
    assert any("no treaty text is attached to this act" in str(w) and ":" in str(w).split(" ")[0]
               for w in kk.warnings)
    facts = extract_act(act)
    graphs = build_act_graphs(act, facts, Minter(DEFAULT_BASE))
    kk_graph = next(t for g, t in graphs.graphs.items() if str(g).endswith("/kaz/graph"))
    approves = {(s, o) for s, p, o in kk_graph if p == TKG.approves}
    assert approves == {(graphs.act, graphs.treaty)}  # the kk act approves the treaty that the ru file prints
    assert not any(p == ELI.is_realized_by and s == graphs.treaty for s, p, _ in kk_graph)


def test_disagreeing_editorial_dates_of_entry_into_force_are_recorded():
    """kz-laws 73105: the kk note says the agreement entered into force on 14 January 2013, the ru note 14 May."""
    (pair,) = parse_path_pair("73105")
    disagreements = {d.what: (d.kk, d.ru) for d in extract_act(pair).disagreements}
    assert disagreements["entry-into-force record"] == ("['2013-01-14']", "['2013-05-14']")


def parse_path_pair(law_id: str):
    """A kz-laws act with both halves: the root is located, and only this id is kept."""
    return [a for a in parse_path(ROOT / "gold" / "dev" / "kz-laws") if a.source.act_id == law_id]


def test_a_signer_printed_in_capitals_has_the_name_other_acts_print_in_small_letters():
    """"Н. НАЗАРБАЕВ" (kz-laws 129488) and "Н. Назарбаев" (73105) are one person with one name per language: the
    graph's label is the usual spelling, the printed form stays as written."""
    signers = {}
    for act in parse_path(ROOT / "gold" / "dev" / "kz-laws"):
        if act.source.act_id in ("129488", "73105"):
            for language, (_, facts) in extract_act(act).versions.items():
                for person in (p for p in facts.persons if p.role == "signer"):
                    signers[(act.source.act_id, language)] = (person.name, person.as_written)
    assert signers[("129488", "ru")] == ("Н. Назарбаев", "Н. НАЗАРБАЕВ")
    assert signers[("73105", "kk")][0] == signers[("129488", "kk")][0] == "Н. Назарбаев"


def test_a_signature_that_prints_only_the_office_gives_the_post_that_signed():
    """Most decrees of the database print "Премьер-Министр Республики Казахстан" under the act and no name: the act
    is signed by the holder of that post (tkg:signedByPost), and no person is made up."""
    act = next(a for a in parse_path(ROOT / "corpus" / "kazakhstan-law-government") if a.source.act_id == "8623")
    facts = extract_act(act)
    (signer,) = [p for p in facts.versions["ru"][1].persons if p.role == "signer"]
    assert (signer.name, signer.office) == ("", "Премьер-Министр Республики Казахстан")
    graphs = build_act_graphs(act, facts, Minter(DEFAULT_BASE))
    triples = set().union(*graphs.graphs.values())
    posts = {o for s, p, o in triples if s == graphs.act and p == TKG.signedByPost}
    assert [str(p).rsplit("/", 2)[-2:] for p in posts] == [["KAZ", "prime-minister"]]
    assert not any(p == TKG.signedBy for _, p, _ in triples)
