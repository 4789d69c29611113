"""Parties of the family that act for no state, for a state named by an adjective, or that the text misspells."""

from __future__ import annotations

from treatykg.evaluation.invariants import check_version
from treatykg.evaluation.reading import Item, Reading


def _parties_finding(*parties: Item):
    reading = Reading("g", values={"treaty.present": True, "treaty.sides": 2},
                      items={"treaty.parties": list(parties)})
    return next(f for f in check_version("doc", reading) if f.invariant == "parties")


def test_an_international_organisation_is_a_party_without_a_state():
    """152917 (UNESCO) and 1174 (Islamic Development Bank): an organisation of no state is a party in its own
    right; a party of another kind without a state still breaks the invariant."""
    kazakhstan = Item("Правительство Республики Казахстан", {"state": "KAZ", "kind": "Government", "side": "1"})
    bank = Item("Исламский банк развития", {"kind": "InternationalOrganisation", "side": "2"})
    assert _parties_finding(kazakhstan, bank).holds
    agency = Item("Речной Регистр", {"kind": "Agency", "side": "2"})
    finding = _parties_finding(kazakhstan, agency)
    assert not finding.holds and "without a state: Речной Регистр" in finding.detail


def test_a_body_named_by_its_states_adjective_acts_for_that_state():
    """8241: "Российский Речной Регистр" is Russia's agency, not a body of no state; an adjective further in the
    name does not make a body a state's."""
    from treatykg.facts.parties import party_kind
    from treatykg.facts.states import find_party_state

    assert party_kind("Российский Речной Регистр", "ru") == "agency"
    assert find_party_state("Российский Речной Регистр").code == "RUS"
    assert find_party_state("Агентство по российско-казахстанским связям") is None
    assert party_kind("Исламский банк развития", "ru") == "organisation"


def test_nine_governments_sharing_one_plural_head_each_act_for_their_state():
    """850 kk: "… Түркіменстанның және Өзбекстан Республикасының Үкіметтері" names ten governments; the older
    spelling "Түркіменстан" is Turkmenistan, so none of them is left without a state."""
    from treatykg.facts.states import find_party_state
    from treatykg.lang.party_names import read_parties_clause

    clause = ("Афганистан Ислам Мемлекетінің, Әзірбайжан Республикасының, Түркіменстанның және Өзбекстан "
              "Республикасының Үкіметтері:")
    parties = read_parties_clause(clause, "kk").parties
    assert [p.label for p in parties][2] == "Түркіменстанның Үкіметі"
    assert [find_party_state(p.label).code for p in parties] == ["AFG", "AZE", "TKM", "UZB"]


_SIGNED_WITH_A_CERTIFICATE = """# Ұжымдық қауіпсіздік туралы шартқа өзгерістер енгізу туралы хаттаманы
ратификациялау туралы

2018 жылғы 8 қарашада Астанада жасалған хаттама ратификациялансын.

Қазақстан Республикасының Президенті

# Ұжымдық қауіпсіздік туралы шартқа өзгерістер енгізу туралы ХАТТАМА

Шарттың 9-бабына сәйкес төмендегілер туралы уағдаласты:

1. Шартқа мынадай өзгерістер енгізілсін.

2. Осы Хаттама депозитарий соңғы хабарламаны алған күннен бастап күшіне енеді.

2018 жылғы 8 қарашада Астана қаласында орыс тілінде бір төлнұсқа данада жасалды.

Армения Республикасы үшін

Беларусь Республикасы үшін

Қазақстан Республикасы үшін

Хаттаманың орыс тіліндегі мәтіні мен қазақ тіліндегі аудармасының теңтүпнұсқалы екенін куәландырамын.
"""


def test_a_translators_certificate_after_the_signatures_does_not_hide_the_parties():
    """141963 kk: the parties are only in the signatures, and the certificate of the translation that closes the
    text is no party; it made every signature doubtful and left the treaty with no party."""
    from treatykg.facts.parties import extract_parties
    from treatykg.text.normaliser import normalise
    from treatykg.text.parser import parse

    document, _ = parse(normalise(_SIGNED_WITH_A_CERTIFICATE, markup=True), "141963-kk.md", "kk")
    parties, _ = extract_parties(document.treaty)
    assert [(p.name, p.state.code) for p in parties] == [
        ("Армения Республикасы", "ARM"), ("Беларусь Республикасы", "BLR"), ("Қазақстан Республикасы", "KAZ")]


def test_a_kazakh_title_in_capitals_names_its_parties():
    """1174 kk: "… ҮКІМЕТІ МЕН ИСЛАМ ДАМУ БАНКІНІҢ АРАСЫНДАҒЫ …" joins its parties by a capital "МЕН", which the
    reading of lower-case titles did not see; the names come back as written in lower case."""
    from treatykg.lang.party_names import read_title_parties

    title = ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ МЕН ИСЛАМ ДАМУ БАНКІНІҢ АРАСЫНДАҒЫ АЛМАТЫДА ИСЛАМ ДАМУ БАНКІ "
             "ӨКІЛДІГІН ҚҰРУ ТУРАЛЫ КЕЛІСІМ")
    parties = read_title_parties(title, "kk")
    assert [(p.label, p.as_written) for p in parties] == [
        ("Қазақстан Республикасының Үкіметі", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ"),
        ("Ислам Даму Банкі", "ИСЛАМ ДАМУ БАНКІНІҢ")]


def test_gold_spelling_inter_agency_is_the_interagency_level():
    """8271: gold's kind "inter-agency" (a ministry and a customs committee) was read as no level, so the graph's
    correct 'interagency' counted as invented."""
    from treatykg.evaluation.fields import level

    assert level("inter-agency") == "interagency"
    assert level("interagency") == "interagency"
    assert level("intergovernmental (multilateral)") == "intergovernmental"
    assert level("multilateral (Council of Europe convention)") is None


_MISSPELT_PARTY = """# Об утверждении Соглашения между Правительством Республики Казахстан и Правительством Республики
Индонезия о сотрудничестве

Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:

1. Утвердить Соглашение между Правительством Республики Казахстан и Правительством Республики Индонезия.

Премьер-Министр Республики Казахстан

## СОГЛАШЕНИЕ между Правительством Республики Казахстан и Правительством Республики Индонезия о сотрудничестве

Правительство Республики Казахстан и Правительство Республики Индонеэия, далее именуемые Договаривающиеся Стороны,

согласились о нижеследующем:

## Статья 1

Стороны развивают сотрудничество.
"""


def test_a_misspelt_party_takes_its_state_from_the_treatys_title():
    """1410 ru: "Правительство Республики Индонеэия" names no state the gazetteer knows; the title names the one
    government of a state no other party acts for, Indonesia. The name keeps its spelling."""
    from treatykg.facts.parties import extract_parties
    from treatykg.text.normaliser import normalise
    from treatykg.text.parser import parse

    document, _ = parse(normalise(_MISSPELT_PARTY, markup=True), "1410-ru.md", "ru")
    parties, _ = extract_parties(document.treaty)
    assert [(p.name, p.state.code if p.state else None) for p in parties] == [
        ("Правительство Республики Казахстан", "KAZ"), ("Правительство Республики Индонеэия", "IDN")]


def test_the_two_halves_of_a_kz_laws_pair_named_one_by_one_are_one_act(tmp_path):
    """56129: `treatykg build kaz/56129.md rus/56129.md` built two acts, whose treaties had two IRIs (one version
    knew the signing year, the other not); named together, the halves are one act, as under their root."""
    from treatykg.text.readers import ActLocation, locate_all

    for folder in ("kaz", "rus"):
        (tmp_path / folder).mkdir()
        for stem in ("56129", "850"):
            (tmp_path / folder / f"{stem}.md").write_text("# x\\n", encoding="utf-8")
    named = [tmp_path / "kaz" / "56129.md", tmp_path / "rus" / "56129.md", tmp_path / "kaz" / "850.md"]
    locations = locate_all(named)
    assert locations == [ActLocation("kz-laws", tmp_path, "56129"), ActLocation("kz-laws", tmp_path / "kaz" / "850.md")]
    assert [p.name for p in locations[0].files()] == ["56129.md", "56129.md"]


RU_OPEN_CONVENTION = """\
# О ратификации Европейской культурной конвенции

Ратифицировать Европейскую культурную конвенцию, совершенную в Париже 19 декабря 1954 года.

Президент Республики Казахстан

# Европейская культурная конвенция

Правительства-члены Совета Европы, подписавшие настоящую Конвенцию,

считая, что целью Совета Европы является достижение большего единства между его членами;

договорились о нижеследующем:

## Статья 1

Каждая Договаривающаяся Сторона принимает соответствующие меры.
"""


def test_an_open_convention_describes_its_parties_and_names_none(tmp_path):
    """56129: a convention made by "Правительства-члены Совета Европы, подписавшие настоящую Конвенцию" had 0
    parties (three SHACL violations); it names no party, so the graph names none and records the description."""
    from treatykg.facts.extraction import extract_facts
    from treatykg.text.parsed import parse_path

    path = tmp_path / "kz-laws" / "rus" / "56129.md"
    path.parent.mkdir(parents=True)
    path.write_text(RU_OPEN_CONVENTION, encoding="utf-8")
    [act] = parse_path(path)
    facts = extract_facts(act.versions[0].document, "ru")
    assert facts.parties == [] and facts.sides == 0
    assert facts.described_parties is not None
    assert facts.described_parties.description == "Правительства-члены Совета Европы"
    evidence = facts.described_parties.evidence
    assert act.versions[0].document.text[evidence.start:evidence.end] == "Правительства-члены Совета Европы"


def test_an_open_treaty_whose_parties_are_described_holds_the_parties_invariant():
    described = Item("Правительства-члены Совета Европы", {"kind": "PartiesDescription"})
    assert _parties_finding(described).holds
    assert not _parties_finding().holds


RU_TITLE_TWICE = """\
# Об утверждении Соглашения между Правительством Республики Казахстан и Исламским банком развития

Правительство Республики Казахстан постановляет:

1. Утвердить Соглашение между Правительством Республики Казахстан и Исламским банком развития.

**Первый заместитель Премьер-Министра Республики Казахстан**

## Соглашение между Правительством Республики Казахстан и Исламским банком развития об учреждении Представительства

## Соглашение между Правительством Республики Казахстан и Исламским банком развития об учреждении Представительства

Правительство Республики Казахстан, (далее "Правительство"), с одной стороны, и Исламский Банк Развития (далее "ИБР")
с другой стороны

Рассмотрев пожелание ИБР открыть представительство,

договорились о нижеследующем:

### Статья 1

Текст.
"""


def test_a_title_printed_twice_is_one_title_and_names_the_parties_a_clause_reads_only_one_of(tmp_path):
    """1174 (rus.md): the repeated title heading was read into the title, and the clause "…, (далее
    "Правительство"), с одной стороны, и Исламский Банк Развития …" gave one party: the title names both."""
    from treatykg.facts.extraction import extract_facts
    from treatykg.text.parsed import parse_path

    path = tmp_path / "kz-laws" / "rus" / "1174.md"
    path.parent.mkdir(parents=True)
    path.write_text(RU_TITLE_TWICE, encoding="utf-8")
    [act] = parse_path(path)
    treaty = act.versions[0].document.treaty
    assert treaty.title == ("Соглашение между Правительством Республики Казахстан и Исламским банком развития об "
                            "учреждении Представительства")
    facts = extract_facts(act.versions[0].document, "ru")
    assert [(p.name, p.kind) for p in facts.parties] == [("Правительство Республики Казахстан", "government"),
                                                         ("Исламский банк развития", "organisation")]


def test_a_dateline_and_a_description_of_the_parties_are_not_recitals(tmp_path):
    """56129 and 141963: the dateline "Париж, 19 декабря 1954 года", the parties described as a class and the
    participle after it ("…, подписавшие настоящую Конвенцию,"; Kazakh "… хаттамаға қатысушы мемлекеттер") were
    counted as recitals."""
    from treatykg.text.parsed import parse_path

    ru = RU_OPEN_CONVENTION.replace("# Европейская культурная конвенция\n\n",
                                    "# Европейская культурная конвенция\n\nПариж, 19 декабря 1954 года\n\n")
    kk = ("# Ұжымдық қауіпсіздік туралы шартқа өзгерістер енгізу туралы хаттаманы ратификациялау туралы\n\n"
          "Хаттама ратификациялансын.\n\nҚазақстан Республикасының Президенті\n\n"
          "# Ұжымдық қауіпсіздік туралы шартқа өзгерістер енгізу туралы ЕКІНШІ ХАТТАМА\n\n"
          "1992 жылғы 15 мамырда Ташкентте қол қойылған Ұжымдық қауіпсіздік туралы шартқа қатысушы мемлекеттер\n\n"
          "Шарттың 9-бабына сәйкес\n\nтөмендегілер туралы уағдаласты:\n\n## 1-бап\n\nМәтін.\n")
    for name, text, roles in (("kz-laws/rus/56129.md", ru, ["dateline", "parties-described", "recital"]),
                              ("kz-laws/kaz/141963.md", kk, ["parties-described", "recital"])):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        [act] = parse_path(path)
        preamble = act.versions[0].document.treaty.preamble
        assert [b.role for b in preamble.children if b.role != "agreed-formula"] == roles, name


def test_a_convention_of_its_participants_under_a_preamble_heading_describes_its_parties(tmp_path):
    """Held-out kz-laws 166965 (a UN convention): "Преамбула" / "Кіріспе" above the preamble, then "Участники
    настоящей Конвенции," / "Осы Конвенцияға қатысушылар" (run on into the first recital in the Kazakh file): the
    parties were not found, a SHACL violation."""
    from treatykg.facts.extraction import extract_facts
    from treatykg.text.parsed import parse_path

    texts = {
        "kz-laws/rus/166965.md": ("# О ратификации Конвенции\n\nРатифицировать Конвенцию.\n\nПрезидент Республики "
                                  "Казахстан\n\n# КОНВЕНЦИЯ О МЕЖДУНАРОДНЫХ МИРОВЫХ СОГЛАШЕНИЯХ\n\nПреамбула\n\n"
                                  "Участники настоящей Конвенции,\n\nпризнавая важность медиации,\n\nсогласились о "
                                  "нижеследующем:\n\n## Статья 1\n\nТекст.\n", "ru", "Участники настоящей Конвенции"),
        "kz-laws/kaz/166965.md": ("# Конвенцияны ратификациялау туралы\n\n2018 жылғы 20 желтоқсанда жасалған конвенция "
                                  "ратификациялансын.\n\nҚазақстан "
                                  "Республикасының Президенті\n\n# Татуласу келісімдері туралы конвенция\n\nКіріспе\n\n"
                                  "Осы Конвенцияға қатысушылар\n\nмедиацияның маңызын мойындай отырып,\n\nмыналар "
                                  "туралы келісті:\n\n## 1-бап\n\nМәтін.\n", "kk", "Осы Конвенцияға қатысушылар"),
    }
    for name, (text, language, description) in texts.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        [act] = parse_path(path)
        facts = extract_facts(act.versions[0].document, language)
        assert facts.parties == [] and facts.described_parties is not None, name
        assert facts.described_parties.description == description, name
