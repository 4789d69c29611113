"""Builders II end to end: facts of every corpus act in each language, kk/ru alignment, ``treatykg extract``."""

import json
from functools import cache

import pytest

from helpers import SEED, parsed_corpus
from treatykg.cli.main import main
from treatykg.facts.extraction import extract_act

# (act, lang): parties, sides, authorities, terms, persons, cited treaties, clause kinds
# persons count the signer whose office alone is printed under the act ("Премьер-Министр Республики Казахстан");
# 11921 cites the GATT/WTO by name, 17489 names each party's centre "respectively" and the languages of its messages
EXPECTED = {
    ("p2011-860-blr-govcomm", "kk"): (2, 2, 2, 8, 2, 1, {"costs", "dispute-settlement", "working-language",
                                                         "non-affection", "amendment", "entry-into-force", "duration",
                                                         "provisional-application", "termination",
                                                         "authentic-languages"}),
    ("7887", "kk"): (2, 2, 2, 0, 1, 1, {"amendment", "non-affection", "dispute-settlement", "duration",
                                        "entry-into-force", "authentic-languages"}),
    ("7887", "ru"): (2, 2, 2, 0, 1, 1, {"amendment", "non-affection", "dispute-settlement", "duration",
                                        "entry-into-force", "authentic-languages"}),
    ("8623", "kk"): (2, 2, 2, 4, 1, 0, {"costs", "dispute-settlement", "non-affection", "duration", "entry-into-force",
                                        "termination", "authentic-languages"}),
    ("8623", "ru"): (2, 2, 2, 4, 1, 0, {"costs", "dispute-settlement", "non-affection", "duration", "entry-into-force",
                                        "termination", "authentic-languages"}),
    ("11921", "kk"): (2, 2, 0, 0, 2, 2, {"amendment", "entry-into-force", "duration", "termination",
                                         "authentic-languages"}),
    ("11921", "ru"): (2, 2, 0, 0, 2, 2, {"amendment", "entry-into-force", "duration", "termination",
                                         "authentic-languages"}),
    ("17489", "kk"): (2, 2, 2, 0, 1, 5, {"non-affection", "entry-into-force", "duration", "termination",
                                         "authentic-languages", "costs", "working-language"}),
    ("17489", "ru"): (2, 2, 2, 0, 1, 5, {"non-affection", "entry-into-force", "duration", "termination",
                                         "authentic-languages", "costs", "working-language"}),
    ("148550", "kk"): (2, 2, 4, 0, 1, 0, {"costs", "non-affection", "working-language", "dispute-settlement",
                                          "amendment", "entry-into-force", "termination", "authentic-languages"}),
    ("148550", "ru"): (2, 2, 4, 0, 1, 0, {"costs", "non-affection", "working-language", "dispute-settlement",
                                          "amendment", "entry-into-force", "termination", "authentic-languages"}),
}


@cache
def _results():
    return {act.source.act_id: extract_act(act) for act in parsed_corpus()}


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_facts_of_every_corpus_version(key):
    _, facts = _results()[key[0]].versions[key[1]]
    parties, sides, authorities, terms, persons, cited, clause_kinds = EXPECTED[key]
    assert len(facts.parties) == parties and facts.sides == sides and facts.bilateral
    assert all(p.state is not None and p.kind == "government" for p in facts.parties)
    assert len(facts.designations) == authorities
    assert len(facts.terms) == terms
    assert len(facts.persons) == persons
    assert sum(not c.generic for c in facts.citations) == cited
    assert {c.kind for c in facts.clauses} == clause_kinds
    assert not [c for c in facts.clauses if c.kind == "entry-into-force" and c.values.get("date")]


def test_kk_and_ru_versions_give_the_same_parties_states_and_authorities():
    for act_id, result in _results().items():
        if set(result.versions) != {"kk", "ru"}:
            continue
        (_, kk), (_, ru) = result.versions["kk"], result.versions["ru"]
        assert [p.state.code for p in kk.parties] == [p.state.code for p in ru.parties], act_id
        assert [d.state.code for d in kk.designations] == [d.state.code for d in ru.designations], act_id
        assert [d.article for d in kk.designations] == [d.article for d in ru.designations], act_id


def test_disagreements_between_versions_are_reported_not_hidden():
    results = _results()
    found = {(act_id, d.what, d.eid) for act_id, r in results.items() for d in r.disagreements}
    # the Russian text of 7887 Art. 10 has two paragraphs where the Kazakh one has one
    assert ("7887", "structure", "art_10__para_2") in found
    # 17489: the Kazakh preamble dates the 1992 Lisbon protocol 20 May, the Russian one 23 May
    assert ("17489", "figures", "preamble__rec_4") in found
    lisbon = next(d for d in results["17489"].disagreements if d.what == "figures")
    assert "1992-05-20" in lisbon.kk and "1992-05-23" in lisbon.ru
    assert not results["8623"].disagreements and not results["148550"].disagreements


def test_extract_json_carries_raw_spans_and_editorial_marks(capsys):
    assert main(["extract", str(SEED), "--json"]) == 0
    [act] = json.loads(capsys.readouterr().out)
    facts = act["versions"]["kk"]
    raw = SEED.read_text(encoding="utf-8")
    minsk = next(c for c in facts["citations"] if not c["generic"])
    start, end = minsk["evidence"]["raw_span"]
    assert "2008 жылғы 30 қыркүйекте Минск қаласында" in raw[start:end]
    termination = next(c for c in facts["clauses"] if c["kind"] == "termination")
    assert termination["values"]["notice"] == "P6M" and termination["provision"] == "art_14__para_1"
    entry = next(c for c in facts["clauses"] if c["kind"] == "entry-into-force")
    assert entry["values"]["date"] is None and entry["values"]["condition_kind"] == "last-notification"
    assert [p["role"] for p in facts["persons"]] == ["signer", "authorised-signatory"]


def test_extract_summary_lists_disagreements(capsys):
    from helpers import CORPUS
    assert main(["extract", str(CORPUS / "kz-laws")]) == 0
    out = capsys.readouterr().out
    assert ("17489: figures at preamble__rec_4: kk '1991-07-31, 1987-12-08, 1992-05-20' "
            "/ ru '1991-07-31, 1987-12-08, 1992-05-23'") in out
