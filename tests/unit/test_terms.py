"""Defined terms: the definitions list, "a kind of" links, uses inside definitions, and uses in provisions.

Every use pinned here was checked by reading the normalised text (``treatykg normalise corpus``).
"""

from __future__ import annotations

from functools import cache

import pytest

from helpers import GOV, SEED, all_versions, version_id
from treatykg.facts.provisions import provisions
from treatykg.facts.terms import extract_terms, find_uses
from treatykg.lang.morphology import term_pattern
from treatykg.text.parsed import parse_path

ACT_8623 = GOV / "2001" / "0319-ob-utverzhdenii-soglasheniia-mezhdu-pravitelstvom-respubliki-kaz-8623"


@cache
def _version(path, language=None):
    act = parse_path(path)[0]
    return next(v for v in act.versions if language is None or v.language == language)


@cache
def _terms(path, language=None):
    version = _version(path, language)
    return extract_terms(version.document.treaty, version.language)


def _by_term(terms):
    return {t.term: t for t in terms}


def _provision_text(path, language, eid):
    treaty = _version(path, language).document.treaty
    return next(p.text for p in provisions(treaty) if p.eid == eid)


# --- the seed: Resolution No. 860 of 2011, Kazakhstan-Belarus, governmental communication ---------------------

SEED_TERMS = [
    ("ақпаратты қорғау", "ақпаратқа қолайсыз әсерлерді"),
    ("ақпаратты криптографиялық қорғау", "ақпараттың мазмұнын жасыру,"),
    ("мемлекетаралық үкіметтік байланыс", "Қазақстан Республикасының және"),
    ("үкіметтік байланыс", "шифрланған телефон, құжаттық"),
    ("ақпаратты криптографиялық қорғау құралдары", "ақпаратты криптографиялық қорғауға арналған"),
    ("ақпаратты техникалық қорғау құралдары", "ақпаратты техникалық қорғауға арналған"),
    ("ақпаратты техникалық қорғау", "ақпаратқа рұқсатсыз қол"),
    ("шифрлау құралдары", "шифрлау аппараты (аппараттық,"),
]


def test_seed_has_eight_terms_in_order_with_their_definitions():
    terms = _terms(SEED)
    assert [(t.term, " ".join(t.definition.split()[:3])) for t in terms] == [
        (term, " ".join(first.split()[:3])) for term, first in SEED_TERMS
    ]
    for (term, first), t in zip(SEED_TERMS, terms, strict=True):
        assert t.definition.startswith(first), term


def test_seed_definitions_are_kept_as_written_without_quotes_dash_or_final_punctuation():
    terms = _by_term(_terms(SEED))
    assert terms["үкіметтік байланыс"].definition == (
        "шифрланған телефон, құжаттық байланыс, қорғалған бейнеконференция байланысы")
    assert terms["ақпаратты қорғау"].definition == (
        "ақпаратқа қолайсыз әсерлерді және оның бақылаусыз таралуын болдырмауға бағытталған шаралар кешені")
    assert terms["шифрлау құралдары"].definition.endswith("оларды дайындауға арналған аппараттар")
    for t in terms.values():
        assert not t.term.startswith(("«", '"')) and not t.term.endswith(("»", '"'))
        assert not t.definition.startswith(("–", "-", "—")) and not t.definition.endswith((";", "."))


def test_seed_evidence_is_the_definition_item():
    version = _version(SEED)
    terms = _terms(SEED)
    assert [t.evidence.eid for t in terms] == [f"art_1__list_1__item_{n}" for n in range(1, 9)]
    for t in terms:
        assert t.evidence.text.startswith(f"«{t.term}»")
        assert t.definition in t.evidence.text
        # the span points at the item in the normalised text
        assert f"«{t.term}»" in version.normalised.text[t.evidence.start:t.evidence.end]


def test_seed_broader_links_are_exactly_the_two_kinds_of_information_protection():
    broader = {t.term: t.broader for t in _terms(SEED)}
    assert broader == {
        "ақпаратты қорғау": [],
        "ақпаратты криптографиялық қорғау": ["ақпаратты қорғау"],
        "мемлекетаралық үкіметтік байланыс": [],   # "...үкіметтік байланыс жүйесі" is a system, not "a kind of"
        "үкіметтік байланыс": [],
        "ақпаратты криптографиялық қорғау құралдары": [],
        "ақпаратты техникалық қорғау құралдары": [],
        "ақпаратты техникалық қорғау": ["ақпаратты қорғау"],
        "шифрлау құралдары": [],
    }


def test_seed_uses_inside_definitions():
    uses = {t.term: t.uses for t in _terms(SEED)}
    assert uses["ақпаратты криптографиялық қорғау"] == ["ақпаратты қорғау"]
    assert uses["ақпаратты техникалық қорғау"] == ["ақпаратты қорғау"]
    assert uses["мемлекетаралық үкіметтік байланыс"] == ["үкіметтік байланыс"]
    # "ақпаратты криптографиялық қорғауға": the inflected term, and not the shorter term inside it
    assert uses["ақпаратты криптографиялық қорғау құралдары"] == ["ақпаратты криптографиялық қорғау"]
    assert uses["ақпаратты техникалық қорғау құралдары"] == ["ақпаратты техникалық қорғау"]
    # no term uses itself ("шифрлаудың бағдарламалық құралдары" is not the term either)
    assert uses["шифрлау құралдары"] == []
    assert uses["үкіметтік байланыс"] == []
    assert uses["ақпаратты қорғау"] == []  # "ақпаратқа" is another word
    for term, used in uses.items():
        assert term not in used


def test_seed_governmental_communication_is_used_in_these_provisions():
    t = _by_term(_terms(SEED))["үкіметтік байланыс"]
    assert t.used_in == [
        "art_3__para_1",            # үкіметтік байланысты
        "art_5__list_1__item_1",    # үкіметтік байланыстың ұлттық желілері
        "art_5__list_1__item_2",    # үкіметтік байланыс құралдарын
        "art_5__list_1__item_3",    # үкіметтік байланыс жүйелері
        "art_5__list_1__item_5",    # үкіметтік байланыстың мемлекетаралық жүйесінде
        "art_5__list_1__item_7",    # үкіметтік байланысының
        "art_6__para_1",            # үкіметтік байланыстың ұлттық желілерін
    ]
    assert "үкіметтік байланысты" in _provision_text(SEED, None, "art_3__para_1")
    assert "үкіметтік байланысының" in _provision_text(SEED, None, "art_5__list_1__item_7")


def test_seed_a_shorter_term_inside_a_longer_defined_term_is_not_a_use_there():
    terms = _by_term(_terms(SEED))
    # art_2__para_2 and art_4__para_1 only say "мемлекетаралық үкіметтік байланыс..."
    for eid in ("art_2__para_2", "art_4__para_1"):
        assert "мемлекетаралық үкіметтік байланыс" in _provision_text(SEED, None, eid)
        assert eid in terms["мемлекетаралық үкіметтік байланыс"].used_in
        assert eid not in terms["үкіметтік байланыс"].used_in
    assert terms["мемлекетаралық үкіметтік байланыс"].used_in == [
        "art_2__para_2", "art_4__para_1", "art_5__list_1__item_1", "art_6__para_1"]
    # art_5 item 1 has both: "мемлекетаралық үкіметтік байланыс, сондай-ақ үкіметтік байланыстың"
    assert "art_5__list_1__item_1" in terms["үкіметтік байланыс"].used_in


def test_seed_encryption_means_are_used_in_articles_6_and_7():
    t = _by_term(_terms(SEED))["шифрлау құралдары"]
    assert t.used_in == ["art_6__para_1", "art_7__para_1"]
    assert "шифрлау құралдарын" in _provision_text(SEED, None, "art_6__para_1")
    assert _provision_text(SEED, None, "art_7__para_1").startswith("Шифрлау құралдарын")
    # "шифрлау аппаратурасын" (art_4) is not the term
    assert "шифрлау аппаратурасын" in _provision_text(SEED, None, "art_4__para_2")
    assert "art_4__para_2" not in t.used_in


def test_seed_information_protection_is_used_in_inflected_forms():
    t = _by_term(_terms(SEED))["ақпаратты қорғау"]
    assert t.used_in == ["art_2__para_2", "art_5__list_1__item_3", "art_5__list_1__item_5"]
    assert "ақпаратты қорғау саласында" in _provision_text(SEED, None, "art_2__para_2")
    assert "ақпаратты қорғауды" in _provision_text(SEED, None, "art_5__list_1__item_5")
    # "құпия ақпаратты өзара қорғау" (art_8): the words of the term are not next to each other
    assert "art_8__para_1" not in t.used_in


def test_seed_used_in_never_lists_the_definitions_themselves():
    for t in _terms(SEED):
        assert not any(eid.startswith("art_1__list_1__item_") for eid in t.used_in), t.term


def test_seed_used_in_is_in_document_order_and_names_real_provisions():
    order = [p.eid for p in provisions(_version(SEED).document.treaty)]
    for t in _terms(SEED):
        assert t.used_in == sorted(t.used_in, key=order.index)
        assert len(set(t.used_in)) == len(t.used_in)


# --- matching rules, on the seed's own terms --------------------------------------------------------------------

def _seed_patterns():
    return {t.term: term_pattern(t.term, "kk") for t in _terms(SEED)}


@pytest.mark.parametrize("text, expected", [
    ("үкіметтік байланыстың", ["үкіметтік байланыс"]),
    ("Үкіметтік байланысының", ["үкіметтік байланыс"]),
    ("ақпаратты қорғауға", ["ақпаратты қорғау"]),
    ("ақпаратты криптографиялық қорғау құралдарының", ["ақпаратты криптографиялық қорғау құралдары"]),
    ("мемлекетаралық үкіметтік байланыста", ["мемлекетаралық үкіметтік байланыс"]),
    ("шифрлау құралдарымен", ["шифрлау құралдары"]),
])
def test_inflected_kazakh_forms_are_uses(text, expected):
    assert [u.term for u in find_uses(text, _seed_patterns())] == expected


@pytest.mark.parametrize("text", [
    "үкіметтік байланыстырушы",     # a derived word, not an inflection
    "үкіметаралық байланыс",         # another word that starts like the first word of the term
    "ақпаратты қорғаушы",
    "ақпараттық қорғау",
    "шифрлау-құралдары",
    "аппараттық-үкіметтік байланыс",
])
def test_a_word_merely_containing_a_term_is_not_a_use(text):
    assert find_uses(text, _seed_patterns()) == []


def test_kazakh_final_consonant_voices_before_a_vowel_ending():
    pattern = term_pattern("ақпаратты криптографиялық қорғау", "kk")
    assert pattern.search("ақпаратты криптографиялық қорғауы")
    assert term_pattern("криптографиялық", "kk").fullmatch("криптографиялығы")
    # the voiced stem never stands alone, and only vowel endings follow it
    assert not term_pattern("криптографиялық", "kk").fullmatch("криптографиялығ")
    assert not term_pattern("криптографиялық", "kk").fullmatch("криптографиялығда")


# --- act 8623 (2001, Kazakhstan-Kyrgyzstan), in Kazakh and in Russian ------------------------------------------

KK_8623 = ["құзыретті ұйымдар", "үкіметтік байланыс", "халықаралық үкіметтік байланыс", "шифрлеу құралдары"]
RU_8623 = ["компетентные организации", "правительственная связь", "международная правительственная связь",
           "шифровальные средства"]


def test_8623_kazakh_terms():
    terms = _terms(ACT_8623, "kk")
    assert [t.term for t in terms] == KK_8623
    assert terms[1].definition == "мемлекеттік басқару қажеттіліктері үшін арнайы байланыс"
    assert terms[2].uses == ["үкіметтік байланыс"]
    assert all(t.broader == [] for t in terms)
    by = _by_term(terms)
    # "құзыретті ұйымдарының" (art_5, para 2) is an inflected use
    assert by["құзыретті ұйымдар"].used_in == [
        "art_2__para_3", "art_5__list_1__intro", "art_5__para_1", "art_5__para_2"]
    assert "құзыретті ұйымдарының" in _provision_text(ACT_8623, "kk", "art_5__para_2")
    assert by["шифрлеу құралдары"].used_in == ["art_6__para_1"]
    assert by["үкіметтік байланыс"].used_in == [
        "art_3__para_1", "art_5__list_1__item_1", "art_5__list_1__item_2", "art_5__list_1__item_3",
        "art_5__list_1__item_5"]


def test_8623_russian_terms_and_case_forms():
    terms = _terms(ACT_8623, "ru")
    assert [t.term for t in terms] == RU_8623
    assert terms[1].definition == "специальная связь для нужд государственного управления"
    assert terms[0].definition.startswith("Комитет национальной безопасности")
    # "система правительственной связи": a genitive use inside a definition
    assert terms[2].uses == ["правительственная связь"]
    assert all(t.broader == [] for t in terms)
    by = _by_term(terms)
    assert by["шифровальные средства"].used_in == ["art_6__para_1"]
    assert "поставку шифровальных средств" in _provision_text(ACT_8623, "ru", "art_6__para_1")
    assert by["компетентные организации"].used_in == [
        "art_2__para_3", "art_5__list_1__intro", "art_5__para_1", "art_5__para_2"]
    assert "компетентными организациями" in _provision_text(ACT_8623, "ru", "art_2__para_3")
    assert "компетентных организаций" in _provision_text(ACT_8623, "ru", "art_5__para_2")
    assert by["правительственная связь"].used_in == [
        "art_3__para_1", "art_5__list_1__item_1", "art_5__list_1__item_2", "art_5__list_1__item_3",
        "art_5__list_1__item_5"]
    assert "правительственную связь" in _provision_text(ACT_8623, "ru", "art_3__para_1")
    # "международной правительственной связи" is the longer term only
    intl = by["международная правительственная связь"].used_in
    assert intl == ["art_2__para_1", "art_2__para_2", "art_2__para_3", "art_4__para_1", "art_5__list_1__item_1",
                    "art_5__para_2", "art_6__para_1"]
    assert "art_2__para_2" not in by["правительственная связь"].used_in


def test_8623_kazakh_and_russian_agree_on_where_each_term_is_used():
    kk, ru = _terms(ACT_8623, "kk"), _terms(ACT_8623, "ru")
    assert [t.used_in for t in kk] == [t.used_in for t in ru]
    assert [t.evidence.eid for t in kk] == [t.evidence.eid for t in ru]


@pytest.mark.parametrize("text, term", [
    ("правительственной связи", "правительственная связь"),
    ("правительственную связь", "правительственная связь"),
    ("шифровальных средств", "шифровальные средства"),
    ("шифровальными средствами", "шифровальные средства"),
    ("компетентными организациями", "компетентные организации"),
    ("Компетентных организаций", "компетентные организации"),
])
def test_russian_case_forms_are_uses(text, term):
    assert term_pattern(term, "ru").fullmatch(text)


@pytest.mark.parametrize("text, term", [
    ("правительственной связанности", "правительственная связь"),
    ("компетентные организаторы", "компетентные организации"),
    ("межправительственная связь", "правительственная связь"),
])
def test_russian_look_alikes_are_not_uses(text, term):
    assert term_pattern(term, "ru").search(text) is None


# --- acts without definitions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [i for i in all_versions() if i[0].source.act_id not in (
    "p2011-860-blr-govcomm",) and "8623" not in str(i[1].path)], ids=version_id)
def test_acts_without_a_definitions_list_give_no_terms(item):
    _, version = item
    treaty = version.document.treaty
    assert treaty is not None
    assert extract_terms(treaty, version.language) == []


def test_every_corpus_version_with_definitions_is_found():
    found = {str(v.path).split("corpus/")[-1]: len(extract_terms(v.document.treaty, v.language))
             for _, v in all_versions() if v.document.treaty is not None}
    assert {k: n for k, n in found.items() if n} == {
        "adilet/p2011-860-blr-govcomm-kk.txt": 8,
        str(ACT_8623 / "kaz.md").split("corpus/")[-1]: 4,
        str(ACT_8623 / "rus.md").split("corpus/")[-1]: 4,
    }


# --- rules that the corpus does not exercise, on a small treaty built from model nodes -------------------------

def _treaty(intro, items, paragraphs):
    from treatykg.text.document import Article, Body, Item, ItemList, Paragraph, Text, Treaty, close

    pos = 0

    def leaf(value, role):
        nonlocal pos
        text = Text(pos, pos + len(value) + 1, value + "\n", role)
        pos = text.end
        return text

    lst = ItemList(eid="art_1__list_1", children=[leaf(intro, "intro")])
    for n, item in enumerate(items, 1):
        lst.children.append(close(Item(eid=f"art_1__list_1__item_{n}", children=[leaf(item, "item")])))
    art1 = close(Article(eid="art_1", num_text="1", num=1, children=[close(lst)]))
    art2 = Article(eid="art_2", num_text="2", num=2)
    for n, para in enumerate(paragraphs, 1):
        art2.children.append(close(Paragraph(eid=f"art_2__para_{n}", children=[leaf(para, "text")])))
    return close(Treaty(language="ru", children=[close(Body(eid="body", children=[art1, close(art2)]))]))


def test_russian_kind_of_self_reference_and_list_conjunction():
    treaty = _treaty(
        "Для целей настоящего Соглашения используемые термины означают:",
        [
            "«защита информации» – комплекс мер, в том числе защита информации от утечки;",
            "«криптографическая защита информации» — вид защиты информации, основанный на шифровании; и",
            "«средства защиты» - технические средства.",
        ],
        [
            "Стороны обеспечивают криптографическую защиту информации.",
            "Средствами защиты информации обмениваются компетентные органы.",
            "Стороны не применяют защитные средства.",
        ],
    )
    terms = _by_term(extract_terms(treaty, "ru"))
    assert list(terms) == ["защита информации", "криптографическая защита информации", "средства защиты"]
    assert terms["криптографическая защита информации"].definition == "вид защиты информации, основанный на шифровании"
    assert terms["криптографическая защита информации"].broader == ["защита информации"]
    assert terms["криптографическая защита информации"].uses == ["защита информации"]
    # a definition that repeats its own term does not use itself
    assert terms["защита информации"].uses == []
    assert terms["защита информации"].broader == []
    assert terms["средства защиты"].definition == "технические средства"
    # "криптографическую защиту информации" is the longer term only; "Средствами защиты информации" holds
    # "средства защиты" and "защиты информации", which overlap without one containing the other
    assert terms["криптографическая защита информации"].used_in == ["art_2__para_1"]
    assert terms["защита информации"].used_in == ["art_2__para_2"]
    assert terms["средства защиты"].used_in == ["art_2__para_2"]   # not "защитные средства"


def test_terms_sharing_a_coordinated_phrase_are_both_used():
    """Seed Art. 5 item 6: "ақпаратты техникалық және криптографиялық қорғау жүйелері" uses both terms."""
    from helpers import SEED
    from treatykg.facts.terms import extract_terms
    from treatykg.text.parsed import parse_path

    [act] = parse_path(SEED)
    terms = {t.term: t for t in extract_terms(act.versions[0].document.treaty, "kk")}
    assert terms["ақпаратты техникалық қорғау"].used_in == ["art_5__list_1__item_6"]
    assert terms["ақпаратты криптографиялық қорғау"].used_in == ["art_5__list_1__item_6"]
    assert "art_5__list_1__item_6" not in terms["ақпаратты қорғау"].used_in  # the shorter term sits inside
