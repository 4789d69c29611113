"""Norms (extract.norms): modality, bearer and cue on the seed as the issue pins them, the same norms in the
Kazakh and Russian versions of corpus acts, and statements (definitions, designations) that are no norm."""

from __future__ import annotations

import pytest

from helpers import corpus_version, parsed_corpus, synthetic_treaty
from treatykg.facts.norms import extract_norms
from treatykg.text.document import Article, Body, Item, ItemList, Text, Treaty


def _treaty(act_id: str, language: str) -> Treaty:
    return corpus_version(act_id, language).document.treaty


def _norms(act_id: str, language: str):
    return extract_norms(_treaty(act_id, language), language)


def _at(norms, provision):
    return [n for n in norms if n.provision == provision]


_synthetic = synthetic_treaty


def _synthetic_list(intro: str, *items: str) -> Treaty:
    children, at = [Text(0, len(intro), intro, role="intro")], len(intro) + 1
    for n, text in enumerate(items, 1):
        children.append(Item(start=at, end=at + len(text), eid=f"art_1__list_1__item_{n}",
                             children=[Text(at, at + len(text), text)]))
        at += len(text) + 1
    lst = ItemList(start=0, end=at, eid="art_1__list_1", children=children)
    return Treaty(children=[Body(children=[Article(start=0, end=at, eid="art_1", num=1, children=[lst])])])


SEED = "p2011-860-blr-govcomm"
AUTHORITIES = "Тараптардың құзыретті органдары"

# provision -> (modality, bearer, bearer_text, cue), the whole seed
SEED_NORMS = {
    "art_2__para_1": ("obligation", "competent-authorities", "Құзыретті органдар", "іс-қимыл жасайды"),
    "art_2__para_2": ("obligation", "competent-authorities", "Құзыретті органдар", "құрады"),
    "art_3__para_1": ("obligation", "each-party", "Тараптардың әрқайсысы", "ұсынады"),
    "art_4__para_1": ("obligation", "each-party", "әр Тарап", "төлейді"),
    "art_4__para_2": ("permission", "competent-authorities", AUTHORITIES, "мүмкін"),
    "art_4__para_3": ("obligation", "competent-authorities", AUTHORITIES, "жүзеге асырады"),
    "art_5__list_1__item_1": ("obligation", "competent-authorities", AUTHORITIES, "жүргізеді"),
    "art_5__list_1__item_2": ("obligation", "competent-authorities", AUTHORITIES, "іс-қимыл жасайды"),
    "art_5__list_1__item_3": ("obligation", "competent-authorities", AUTHORITIES, "іс-қимыл жасайды"),
    "art_5__list_1__item_4": ("obligation", "competent-authorities", AUTHORITIES, "жүзеге асырады"),
    "art_5__list_1__item_5": ("obligation", "competent-authorities", AUTHORITIES, "ұйымдастырады"),
    "art_5__list_1__item_6": ("obligation", "competent-authorities", AUTHORITIES, "алмасады"),
    "art_5__list_1__item_7": ("obligation", "competent-authorities", AUTHORITIES, "жүзеге асырады"),
    "art_6__para_1": ("obligation", "parties", "Тараптар", "қамтамасыз етеді"),
    "art_7__para_1": ("obligation", "parties", "Тараптар", "жүзеге асырады"),
    "art_8__para_1": ("obligation", "other", "", "жүзеге асырылады"),
    "art_9__para_1": ("obligation", "parties", "Тараптардың", "шешіледі"),
    "art_12__para_1": ("permission", "parties", "Тараптардың", "мүмкін"),
    "art_13__para_2": ("obligation", "parties", "Тараптар", "қолданады"),
    "art_14__para_1": ("right", "each-party", "Тараптардың әрқайсысы", "мәлімдей алады"),
}


def test_seed_norms_are_exactly_these():
    got = {n.provision: (n.modality, n.bearer, n.bearer_text, n.cue) for n in _norms(SEED, "kk")}
    assert len(_norms(SEED, "kk")) == len(SEED_NORMS)   # one norm per normative provision
    assert got == SEED_NORMS


def test_seed_article_5_seven_obligations_of_the_competent_authorities():
    treaty = _treaty(SEED, "kk")
    items = next(a for a in treaty.articles if a.num == 5).lists[0].items
    norms = [n for n in _norms(SEED, "kk") if n.provision.startswith("art_5__")]
    assert [n.provision for n in norms] == [item.eid for item in items]
    assert len(norms) == 7
    for norm, item in zip(norms, items, strict=True):
        assert (norm.modality, norm.bearer, norm.bearer_text) == ("obligation", "competent-authorities", AUTHORITIES)
        assert norm.action == item.text          # the item is the action; the bearer is the intro's
        assert norm.action.rstrip(".;").endswith(norm.cue)


def test_seed_article_4_permission_and_obligation():
    norms = _norms(SEED, "kk")
    (expenses,) = _at(norms, "art_4__para_1")
    assert (expenses.modality, expenses.bearer, expenses.cue) == ("obligation", "each-party", "төлейді")
    assert "әр Тарап дербес төлейді" in expenses.evidence.text
    assert "әр Тарап" not in expenses.action and expenses.action.endswith("дербес төлейді.")
    (loan,) = _at(norms, "art_4__para_2")
    assert (loan.modality, loan.bearer, loan.cue) == ("permission", "competent-authorities", "мүмкін")
    assert loan.action.endswith("берулері мүмкін.")


def test_seed_article_14_each_party_may_terminate():
    (norm,) = _at(_norms(SEED, "kk"), "art_14__para_1")
    assert (norm.modality, norm.bearer, norm.cue) == ("right", "each-party", "мәлімдей алады")
    assert norm.evidence.text.startswith("Тараптардың әрқайсысы") and "тоқтатылады" not in norm.evidence.text


def test_seed_evidence_is_the_provision():
    nodes = {n.eid: n for n in _treaty(SEED, "kk").walk()}
    for norm in _norms(SEED, "kk"):
        node = nodes[norm.provision]
        assert norm.evidence.eid == norm.provision
        assert (norm.evidence.start, norm.evidence.end) == (node.start, node.end)
        assert norm.evidence.text in " ".join(node.text.split())
        assert norm.cue in norm.evidence.text


def test_seed_statements_are_not_norms():
    provisions = {n.provision for n in _norms(SEED, "kk")}
    # Art. 1 definitions and intro, Art. 2 designations, Art. 10 working language, Art. 11 non-affection,
    # Art. 13 para 1 entry into force and duration
    assert not {p for p in provisions if p.startswith(("art_1__", "art_2__list_", "art_10__", "art_11__"))}
    assert "art_13__para_1" not in provisions
    assert all(n.modality != "statement" for n in _norms(SEED, "kk"))


def test_no_definition_is_an_obligation_anywhere():
    for act in parsed_corpus():
        for version in act.versions:
            treaty = version.document.treaty
            definitions = {i.eid for n in treaty.walk() if isinstance(n, ItemList)
                           and any(w in n.intro for w in ("білдіреді", "означают", "значение")) for i in n.items}
            definitions |= {f"{n.eid}__intro" for n in treaty.walk() if isinstance(n, ItemList)
                            and any(w in n.intro for w in ("білдіреді", "означают", "значение"))}
            norms = extract_norms(treaty, version.language)
            assert not [n for n in norms if n.provision in definitions]


# --- the same norms in the Russian and Kazakh versions ------------------------------------------------------------

BOTH = pytest.mark.parametrize("language", ["kk", "ru"])


@BOTH
def test_8623_competent_organisations_list_like_the_seed(language):
    norms = [n for n in _norms("8623", language) if n.provision.startswith("art_5__list_1__item_")]
    assert len(norms) == 5
    assert {(n.modality, n.bearer) for n in norms} == {("obligation", "competent-authorities")}
    assert {n.bearer_text for n in norms} == {"Құзыретті ұйымдар" if language == "kk" else "Компетентные организации"}


@BOTH
def test_8623_each_party_bears_its_expenses(language):
    (norm,) = _at(_norms("8623", language), "art_4__para_1")
    assert (norm.modality, norm.bearer, norm.cue) == ("obligation", "each-party",
                                                      "көтереді" if language == "kk" else "несет")


@BOTH
def test_8623_definitions_are_not_norms(language):
    assert not [n for n in _norms("8623", language) if n.provision.startswith("art_1__")]


@pytest.mark.parametrize("language, cue", [("kk", "тоқтата алады"), ("ru", "может прекратить")])
def test_148550_each_party_has_the_right_to_terminate(language, cue):
    (norm,) = _at(_norms("148550", language), "art_17__para_1")   # the other two sentences are statements
    assert (norm.modality, norm.bearer, norm.cue) == ("right", "each-party", cue)


@BOTH
def test_148550_requested_party_three_norms_in_one_paragraph(language):
    norms = _at(_norms("148550", language), "art_10__para_1")
    assert [(n.modality, n.bearer) for n in norms] == [("obligation", "party"), ("right", "party"),
                                                       ("obligation", "party")]
    assert norms[1].cue == ("құқылы" if language == "kk" else "вправе")
    assert {n.bearer_text.lower() for n in norms} == {"сұрау салынатын тарап" if language == "kk"
                                                      else "запрашиваемая сторона"}


@pytest.mark.parametrize("language, cues", [
    ("kk", ["хабарлайды", "аспауға тиіс"]),
    ("ru", ["информирует", "не должен"]),
])
def test_148550_time_limit_is_a_prohibition(language, cues):
    norms = _at(_norms("148550", language), "art_10__para_3")
    assert [(n.modality, n.cue) for n in norms] == [("obligation", cues[0]), ("prohibition", cues[1])]


@pytest.mark.parametrize("language, cue", [("kk", "пайдаланылмайды"), ("ru", "не могут")])
def test_148550_results_may_not_be_used_otherwise(language, cue):
    (norm,) = _at(_norms("148550", language), "art_11__para_2")
    assert (norm.modality, norm.cue) == ("prohibition", cue)


@BOTH
def test_148550_amendments_may_be_made_by_the_parties(language):
    (norm,) = _at(_norms("148550", language), "art_16__para_1")
    assert (norm.modality, norm.bearer) == ("permission", "parties")


@pytest.mark.parametrize("language, bearer_text", [("kk", "Тараптардың әрқайсысы"), ("ru", "Каждая из Сторон")])
def test_7887_future_tense_is_an_obligation(language, bearer_text):
    (norm,) = _at(_norms("7887", language), "art_2__para_1")
    assert (norm.modality, norm.bearer, norm.bearer_text) == ("obligation", "each-party", bearer_text)


@BOTH
def test_7887_parties_not_their_authorities_bear_article_7(language):
    (norm,) = _at(_norms("7887", language), "art_7__para_1")
    assert (norm.modality, norm.bearer) == ("obligation", "parties")


@BOTH
def test_treaty_about_itself_is_no_norm(language):
    # 7887 Art. 11: term and tacit renewal; Art. 12: entry into force
    provisions = {n.provision for n in _norms("7887", language)}
    assert not provisions & {"art_11__para_1", "art_12__para_1"}


# --- rules on short texts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language, text, modality, cue", [
    ("kk", "Тараптар ақпаратты үшінші тарапқа беруге тиіс.", "obligation", "тиіс"),
    ("kk", "Тараптар сауда өкілдіктерін ашуға құқылы.", "right", "құқылы"),
    ("kk", "Ақпаратты үшінші тарапқа беруге жол берілмейді.", "prohibition", "жол берілмейді"),
    ("kk", "Тараптар ақпарат алмасуы мүмкін.", "permission", "мүмкін"),
    ("ru", "Стороны обязуются обмениваться информацией.", "obligation", "обязуются"),
    ("ru", "Стороны вправе открывать торговые представительства.", "right", "вправе"),
    ("ru", "Передача информации третьей стороне не допускается.", "prohibition", "не допускается"),
    ("ru", "Стороны могут обмениваться информацией.", "permission", "могут"),
    ("ru", "Каждая Сторона имеет право приостановить действие статьи 3.", "right", "имеет право"),
])
def test_modal_words(language, text, modality, cue):
    (norm,) = extract_norms(_synthetic(text), language)
    assert (norm.modality, norm.cue) == (modality, cue)


@pytest.mark.parametrize("language, intro, item", [
    ("kk", "Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:", "«тарап» – келісімге қатысушы мемлекет;"),
    ("ru", "Используемые в настоящем Соглашении термины означают:", "«Сторона» - государство-участник;"),
])
def test_a_definition_is_not_an_obligation(language, intro, item):
    assert extract_norms(_synthetic_list(intro, item), language) == []


def test_a_list_item_takes_the_bearer_of_its_intro():
    norms = extract_norms(_synthetic_list("Компетентные органы Сторон:", "обмениваются информацией;",
                                          "проводят консультации."), "ru")
    assert [(n.provision, n.modality, n.bearer, n.cue) for n in norms] == [
        ("art_1__list_1__item_1", "obligation", "competent-authorities", "обмениваются"),
        ("art_1__list_1__item_2", "obligation", "competent-authorities", "проводят"),
    ]
