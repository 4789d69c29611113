"""A designation in the graph: one party designates one authority, whichever way the act's files are named."""

from __future__ import annotations

from pathlib import Path

from treatykg.text.readers import ActLocation, locate_all

GOLD_KZ_LAWS = Path(__file__).resolve().parents[2] / "gold" / "pool" / "kz-laws"


def _write(path: Path, text: str = "# 1\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_language_files_of_one_act_named_one_by_one_are_one_act(tmp_path):
    """Named apart, kaz/<id>.md and rus/<id>.md were two acts minting one treaty's designations twice, so that
    one designation named the kk and the ru authority and was made by the kk and the ru party."""
    root = tmp_path / "kz-laws"
    kk, ru, other = _write(root / "kaz" / "7.md"), _write(root / "rus" / "7.md"), _write(root / "kaz" / "8.md")
    assert locate_all([kk, ru, other]) == [ActLocation("kz-laws", root, "7"), ActLocation("kz-laws", other)]
    assert locate_all([kk]) == [ActLocation("kz-laws", kk)]
    folder = tmp_path / "act"
    _write(folder / "meta.yaml", "title: x\n")
    kaz, rus = _write(folder / "kaz.md"), _write(folder / "rus.md")
    assert locate_all([kaz, rus]) == [ActLocation("kazakhstan-law-government", folder)]


def test_an_act_built_from_its_two_files_designates_one_authority_each(tmp_path):
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    files = [GOLD_KZ_LAWS / "kaz" / "8271.md", GOLD_KZ_LAWS / "rus" / "8271.md"]
    result = build(files, tmp_path / "out", DEFAULT_BASE, formats=(), allow_invalid=True, jobs=1, progress=False)
    assert len(result.acts) == 1
    assert result.report is not None
    assert not [r for r in result.report.results if "Designation" in r.shape], result.report.results


def test_versions_that_name_a_state_s_authorities_in_different_numbers_make_no_designation_name_two(tmp_path):
    """The kk version names one Kazakh authority, the ru version two: the n-th designation of each state was one
    IRI, so the kk authority and the first ru one were named by one designation."""
    from test_parties import KK_AUTHORITIES, RU_AUTHORITIES, _act

    from treatykg.facts.extraction import extract_act
    from treatykg.rdf.graph import build_act_graphs
    from treatykg.rdf.iris import Minter
    from treatykg.rdf.vocab import DEFAULT_BASE, TKG

    kk_one_kazakh_authority = KK_AUTHORITIES.replace(
        "Қазақстан Республикасының Қорғаныс және аэроғарыш өнеркәсібі министрлігі, Қазақстан Республикасының "
        "Қорғаныс министрлігі;", "Қазақстан Республикасының Қорғаныс министрлігі;")
    act = _act(tmp_path, kk_one_kazakh_authority, RU_AUTHORITIES)
    facts = extract_act(act)
    assert [len(facts.versions[language][1].designations) for language in ("kk", "ru")] == [2, 3]
    graphs = build_act_graphs(act, facts, Minter(DEFAULT_BASE))
    named: dict[object, set] = {}
    for triples in graphs.graphs.values():
        for s, p, o in triples:
            if p == TKG.designatedAuthority:
                named.setdefault(s, set()).add(o)
    assert named and all(len(authorities) == 1 for authorities in named.values()), named

