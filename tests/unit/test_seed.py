"""The first document, Government Resolution No. 860 of 26 July 2011, as the issue pins it."""

import re


def test_decree_has_three_points_and_the_prime_ministers_signature(seed, seed_facts):
    act = seed.act
    assert [p.num for p in act.points] == [1, 2, 3]
    assert "мақұлдансын" in act.points[0].text
    assert "өкілеттік берілсін" in act.points[1].text
    assert len(act.signatures) == 1
    [signer] = [p for p in seed_facts.persons if p.role == "signer"]
    assert signer.office == "Қазақстан Республикасының Премьер-Министрі"
    assert signer.name == "К. Мәсімов"


def test_decree_requisites(seed, seed_facts):
    stated = seed_facts.act
    assert (stated.act_type, stated.date, stated.number) == ("resolution", "2011-07-26", "860")
    assert seed.act.enacting_formula.text == "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"
    assert stated.issuer == "Қазақстан Республикасының Үкіметі" and stated.issuer_is_government
    assert seed.act.title.endswith("келісімге қол қою туралы")
    assert [(a.relation, a.point) for a in seed_facts.approvals] == [("approves-draft", "para_1")]


def test_treaty_title_parties_and_collective_name(seed, seed_facts):
    treaty = seed.treaty
    assert treaty.title == ("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы "
                            "үкіметтік байланыс саласындағы ынтымақтастық туралы келісім")
    assert [p.name for p in seed_facts.parties] == ["Қазақстан Республикасының Үкіметі",
                                                    "Беларусь Республикасының Үкіметі"]
    assert seed_facts.collective_name == "Тараптар"


def test_preamble_has_four_recitals_and_the_agreed_formula(seed):
    preamble = seed.treaty.preamble
    assert len(preamble.recitals) == 4
    assert preamble.recitals[0].text.startswith("екі мемлекет арасындағы")
    roles = [b.role for b in preamble.children]
    assert roles == ["parties", "recital", "recital", "recital", "recital", "agreed-formula"]


def test_fourteen_articles_in_order(seed):
    articles = seed.treaty.articles
    assert [a.num for a in articles] == list(range(1, 15))
    assert [a.num_text for a in articles] == [str(n) for n in range(1, 15)]
    assert [a.eid for a in articles][:2] == ["art_1", "art_2"]


def _article(seed, num):
    return next(a for a in seed.treaty.articles if a.num == num)


def test_article_1_has_an_intro_and_eight_definitions(seed):
    art = _article(seed, 1)
    assert len(art.lists) == 1 and not art.paragraphs
    items = art.lists[0].items
    assert art.lists[0].intro == "Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:"
    assert len(items) == 8
    assert items[0].text.startswith("«ақпаратты қорғау» –")
    assert items[7].text.endswith("аппараттар.")


def test_article_2_has_intro_two_authorities_and_two_paragraphs(seed):
    art = _article(seed, 2)
    assert len(art.lists) == 1 and len(art.lists[0].items) == 2
    assert art.lists[0].items[0].text.endswith("Ұлттық қауіпсіздік комитеті;")
    assert art.lists[0].items[1].text.endswith("Мемлекеттік қауіпсіздік комитеті")
    assert len(art.paragraphs) == 2


def test_article_5_has_intro_and_seven_items(seed):
    art = _article(seed, 5)
    assert art.lists[0].intro == "Тараптардың құзыретті органдары:"
    assert len(art.lists[0].items) == 7
    assert not art.paragraphs


def test_articles_13_and_14(seed):
    assert len(_article(seed, 13).paragraphs) == 2
    art14 = _article(seed, 14)
    assert len(art14.paragraphs) == 1
    assert "жасалды" not in art14.text  # the closing formula stands apart


def test_closing_formula_stands_apart_with_blank_day_and_place(seed, seed_facts):
    closing = seed.treaty.closing
    assert closing is not None and closing.eid == "conclusions"
    [date] = [d for d in seed_facts.dates if d.role == "signing"]
    assert date.year == 2011 and date.complete is False and date.iso == "2011"
    assert date.evidence.eid == "conclusions"
    assert not [p for p in seed_facts.places if p.role == "signing"]
    assert seed_facts.closing.originals == 2
    assert seed_facts.closing.languages == ["ru"]
    assert closing.start >= _article(seed, 14).end


def test_two_signature_blocks(seed, seed_facts):
    signatures = [s for block in seed.treaty.signature_blocks for s in block.signatures]
    assert len(signatures) == 2
    assert [s.party for s in seed_facts.signed_for] == ["Қазақстан Республикасының Үкіметі",
                                                        "Беларусь Республикасының Үкіметі"]
    assert [s.evidence.eid for s in seed_facts.signed_for] == [s.eid for s in signatures]


def test_no_letter_spaced_run_survives_and_page_breaks_are_joined(seed):
    text = seed.text
    assert not re.search(r"(?:\b\w\b ){4,}", text)
    assert "Беларусь Республикасының Үкіметі," in text
    assert "бақылаусыз таралуын болдырмауға" in text  # a paragraph split by a page break, joined
    assert "шифрқұжаттар (шифркілттер)" in text and "шифрқұжаттарды (шифркілттерді)" in text
