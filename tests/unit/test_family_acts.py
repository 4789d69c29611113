"""The approving acts of the family beyond government resolutions, laws and decrees: resolutions of the parliament
(the Supreme Council of 1990-1995), whose approval of a treaty is a ratification, and the database's requisite lines
without a number. Small samples in the wording of real acts."""

import pytest

from treatykg.facts.approval import metadata_requisites
from treatykg.facts.extraction import extract_facts
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.parsed import parse_path

KK_SUPREME_COUNCIL = """\
# Қазақстан Республикасы мен Монғолия арасындағы өзара құқықтық көмек туралы Шартты бекіту туралы

Қазақстан Республикасының Жоғарғы Кеңесі қаулы етеді:

Улаанбаатор қаласында 1993 жылғы 22 қазанда қол қойылған Қазақстан Республикасы мен Монғолия арасындағы өзара құқықтық
көмек туралы Шарт бекітілсін.

**Қазақстан Республикасы Жоғарғы Кеңесі Төрағасының орынбасары**
"""


def test_a_resolution_of_the_supreme_council_is_a_parliament_resolution_that_ratifies(tmp_path):
    # kazakhstan-law-government 104067: it was typed a government resolution that approves
    path = tmp_path / "kz-laws" / "kaz" / "104067.md"
    path.parent.mkdir(parents=True)
    path.write_text(KK_SUPREME_COUNCIL, encoding="utf-8")
    [act] = parse_path(path)
    facts = extract_facts(act.versions[0].document, "kk")
    assert facts.act.act_type == "parliament-resolution"
    assert [a.relation for a in facts.approvals] == ["ratifies"]


def test_a_parliament_resolution_keeps_the_akoma_ntoso_subtype_resolution_in_its_iri():
    iri = Minter(DEFAULT_BASE).act("parliament-resolution", "1994-06-22", None, "104067")
    assert "/akn/kz/act/resolution/1994-06-22/" in str(iri)


def test_a_requisite_line_without_a_number_still_gives_the_type_and_date():
    # the database's requisite of 104067 has no number (and a Latin "p" in "Веpховного")
    requisites = metadata_requisites("Постановление Веpховного Совета Республики Казахстан от 22 июня 1994 года")
    assert requisites is not None
    assert (requisites.act_type, requisites.date, requisites.number) == ("resolution", "1994-06-22", None)


RU_DRAFT_AND_MINISTRY = """\
# О заключении Соглашения между Правительством Республики Казахстан и Правительством Республики Куба

Правительство Республики Казахстан постановляет:

1. Одобрить представленный Министерством иностранных дел Республики Казахстан, согласованный с заинтересованными
государственными органами проект Соглашения между Правительством Республики Казахстан и Правительством Республики Куба.

2. Министерству иностранных дел Республики Казахстан провести переговоры с кубинской стороной и по достижении
договоренности заключить от имени Правительства Республики Казахстан указанное Соглашение.

3. Настоящее постановление вступает в силу со дня подписания.

Премьер-Министр Республики Казахстан
"""

KK_DRAFT_AND_MINISTRY = """\
# Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі арасында келісім жасасу туралы

Қазақстан Республикасының Үкіметі қаулы етеді:

1. Қазақстан Республикасының Сыртқы істер министрлігі ұсынған Қазақстан Республикасының Үкіметі мен Куба
Республикасының Үкіметі арасындағы Келісімнің жобасы мақұлдансын.

2. Қазақстан Республикасының Сыртқы істер министрлігі кубалық тараппен келіссөздер жүргізсін және уағдаластыққа қол
жеткізілгеннен кейін аталған Келісімді Қазақстан Республикасының Үкіметі атынан жасассын.

3. Осы қаулы қол қойылған күнінен бастап күшіне енеді.

Қазақстан Республикасының Премьер-Министрі
"""


@pytest.mark.parametrize(("name", "text", "language", "body"), [
    ("kz-laws/rus/240.md", RU_DRAFT_AND_MINISTRY, "ru", "Министерству иностранных дел Республики Казахстан"),
    ("kz-laws/kaz/240.md", KK_DRAFT_AND_MINISTRY, "kk", "Қазақстан Республикасының Сыртқы істер министрлігі"),
])
def test_a_ministry_charged_to_conclude_the_treaty_is_authorised_and_the_draft_approved(tmp_path, name, text,
                                                                                         language, body):
    # kazakhstan-law-government 5306: "Одобрить представленный … проект" was not read as approving the draft, and
    # the ministry charged to conclude the agreement on the Government's behalf was not read at all
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    [act] = parse_path(path)
    facts = extract_facts(act.versions[0].document, language)
    assert [a.relation for a in facts.approvals] == ["approves-draft"]
    [authorised] = [p for p in facts.persons if p.role == "authorised-body"]
    assert (authorised.name, authorised.office, authorised.state.code) == ("", body, "KAZ")
