"""The first document, Government Resolution No. 860 of 26 July 2011, as the issue pins it."""

import re


def test_decree_has_three_points_and_the_prime_ministers_signature(seed):
    act = seed.act
    assert [p.num for p in act.points] == [1, 2, 3]
    assert "мақұлдансын" in act.points[0].text
    assert "өкілеттік берілсін" in act.points[1].text
    assert len(act.signatures) == 1
    assert act.signatures[0].office == "Қазақстан Республикасының Премьер-Министрі"
    assert act.signatures[0].name == "К. Мәсімов"


def test_decree_requisites(seed):
    act = seed.act
    assert (act.act_type, act.date, act.number) == ("resolution", "2011-07-26", "860")
    assert act.enacting_formula == "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"
    assert act.title.endswith("келісімге қол қою туралы")


def test_treaty_title_parties_and_collective_name(seed):
    treaty = seed.treaty
    assert treaty.title == ("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы "
                            "үкіметтік байланыс саласындағы ынтымақтастық туралы келісім")
    assert treaty.parties_named == ["Қазақстан Республикасының Үкіметі", "Беларусь Республикасының Үкіметі"]
    assert treaty.collective_name == "Тараптар"


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


def test_closing_formula_stands_apart_with_blank_day_and_place(seed):
    closing = seed.treaty.closing
    assert closing is not None and closing.eid == "conclusions"
    assert closing.date.year == 2011 and closing.date.month is None and closing.date.day is None
    assert closing.date.complete is False and closing.date.iso == "2011"
    assert closing.place is None
    assert closing.originals == 2
    assert closing.languages == ["ru"]
    assert closing.start >= _article(seed, 14).end


def test_two_signature_blocks(seed):
    signatures = [s for block in seed.treaty.signature_blocks for s in block.signatures]
    assert [s.party for s in signatures] == ["Қазақстан Республикасының Үкіметі", "Беларусь Республикасының Үкіметі"]


def test_no_letter_spaced_run_survives_and_page_breaks_are_joined(seed):
    text = seed.text
    assert not re.search(r"(?:\b\w\b ){4,}", text)
    assert "Беларусь Республикасының Үкіметі," in text
    assert "бақылаусыз таралуын болдырмауға" in text  # a paragraph split by a page break, joined
    assert "шифрқұжаттар (шифркілттер)" in text and "шифрқұжаттарды (шифркілттерді)" in text
