"""Gazetteers: states (CLDR names in every case form), international organisations, places of signing in the
nominative, and the soft hyphens the normaliser removes."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from treatykg.evaluation.fields import place_key
from treatykg.facts.closing import read_closing
from treatykg.facts.extraction import extract_act, extract_facts
from treatykg.facts.states import find_state, find_states
from treatykg.facts.types import Evidence
from treatykg.facts.when_where import find_place, place_fact
from treatykg.lang.gazetteer import BY_CODE, place_name, state_mentions
from treatykg.lang.organisations import organisation_mentions
from treatykg.lang.place_wording import ACT_PLACES
from treatykg.rdf.graph import build_act_graphs
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.document import ClosingFormula, Text
from treatykg.text.normaliser import normalise
from treatykg.text.parsed import parse_path

# --- states ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    # parties of the gold set that had no state: every case form, Kazakh and Russian
    ("Правительство Республики Куба", "CUB"), ("Куба Республикасының Үкіметі", "CUB"),
    ("Правительство Государства Палестина", "PSE"), ("Палестина Мемлекетінің Үкіметі", "PSE"),
    ("Правительство Республики Словения", "SVN"), ("Словения Республикасының Үкіметі", "SVN"),
    ("Правительством Республики Индонезия", "IDN"), ("Правительство Малайзии", "MYS"), ("Малайзия Үкіметі", "MYS"),
    ("Правительство Республики Польша", "POL"), ("Польша Республикасы Үкiметi", "POL"),  # Latin i, as printed
    ("Біріккен Араб Әмірліктерінің Үкіметі", "ARE"), ("Объединенных Арабских Эмиратов", "ARE"),
    ("Монғолия", "MNG"), ("Моңғолияның", "MNG"), ("Монголии", "MNG"),
    # official long forms by their adjective, before a noun of statehood
    ("Правительство Турецкой Республики", "TUR"), ("Түрік Республикасының Үкіметі", "TUR"),
    ("ПРАВИТЕЛЬСТВОМ ТУРЕЦКОЙ РЕСПУБЛИКИ", "TUR"), ("Кыргызской Республики", "KGZ"),
    ("Қырғыз Республикасының", "KGZ"), ("Российской Федерации", "RUS"), ("Ресей Федерациясының", "RUS"),
    ("Китайской Народной Республики", "CHN"), ("Қазақстандық Тарап", "KAZ"), ("с турецкой стороны", "TUR"),
    ("Соединенных Штатов Америки", "USA"), ("Америка Құрама Штаттарының", "USA"), ("долларов США", "USA"),
    ("Республика Корея", "KOR"), ("Корея Республикасы", "KOR"),
    ("Союза Советских Социалистических Республик", "SUN"), ("Кеңестік Социалистік Республикалар Одағы", "SUN"),
])
def test_a_state_is_found_in_every_case_form(name, code):
    """Regression: states outside a hand list of 33 (Cuba, Palestine, Slovenia, …) and the Kazakh spelling
    "Монғолия" gave parties without a state."""
    assert find_state(name).code == code


@pytest.mark.parametrize("text", [
    "Кубок мира", "кубический метр",             # "Куба": no case form and no Kazakh ending is "-ок", "-ический"
    "на турецком языке", "турецкий кофе",         # an adjective names a state only before a noun of statehood
    "Индийский океан", "индийский чай",           # "Индия" is not found in "индийский"
    "американских долларов", "того же дня",      # "Того" the state needs its long name: "того" is a pronoun
    "қазақстандық тауарлар",
])
def test_ordinary_words_name_no_state(text):
    assert find_states(text) == []


def test_coordinated_adjectives_share_their_noun_of_statehood():
    assert [s.code for s in find_states("между Белорусской и Казахстанской Сторонами")] == ["BLR", "KAZ"]
    assert [s.code for s in find_states("Қазақстан және Қырғыз Тараптары")] == ["KAZ", "KGZ"]
    assert find_states("на казахском, русском и турецком языках") == []


def test_the_longest_name_wins_and_its_words_are_not_read_again():
    assert [s.code for s in find_states("Экваториальной Гвинеи")] == ["GNQ"]  # not also Guinea
    assert [s.code for s in find_states(
        "Правительство Соединенного Королевства Великобритании и Северной Ирландии")] == ["GBR"]  # not Ireland
    assert [s.code for s in find_states("Корейской Народно-Демократической Республики")] == ["PRK"]


def test_state_mentions_keep_the_words_as_written_and_their_order():
    mentions = state_mentions("между СССР и Соединенными Штатами Америки")
    assert [(m.entry.code, m.start, m.as_written) for m in mentions] == [
        ("SUN", 6, "СССР"), ("USA", 13, "Соединенными Штатами Америки")]
    assert BY_CODE["PSE"].name_en == "State of Palestine" and BY_CODE["CUB"].wikidata == "Q241"


# --- organisations ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Организация Объединенных Наций по вопросам образования, науки и культуры, далее «Стороны»", "UNESCO"),
    ("Білім, ғылым және мәдениет мәселелері жөніндегі Біріккен Ұлттар Ұйымы (ЮНЕСКО) арасындағы", "UNESCO"),
    ("Біріккен Ұлттар Ұйымының", "UN"), ("Совета Европы", "COE"), ("Еуропа Кеңесінің", "COE"),
    ("Организации Договора о коллективной безопасности", "CSTO"), ("Ұжымдық қауіпсіздік туралы шарт Ұйымының", "CSTO"),
    ("государств-членов Евразийского экономического сообщества", "EURASEC"), ("ЕурАзЭҚ", "EURASEC"),
    ("Еуразия экономикалық қоғамдастыққа мүше мемлекеттердің", "EURASEC"),
    ("Организацией Экономического Сотрудничества", "ECO"), ("Экономикалық Ынтымақтастық Ұйымның", "ECO"),
    ("Организация экономического сотрудничества и развития", "OECD"),
    ("Исламским банком развития", "ISDB"), ("ИСЛАМ ДАМУ БАНКIНIҢ", "ISDB"),
])
def test_an_international_organisation_is_found_by_its_longest_name(text, key):
    assert [m.organisation.key for m in organisation_mentions(text)] == [key]


def test_organisations_are_no_states():
    assert find_states("Организация Объединенных Наций по вопросам образования, науки и культуры") == []
    assert organisation_mentions("организация") == []


# --- places ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, language, inflected, nominative, key", [
    ("Газе", "ru", True, "Газа", "Gaza"), ("Газада", "kk", True, "Газа", "Gaza"),
    ("Анкаре", "ru", True, "Анкара", "Ankara"), ("Бишкеке", "ru", True, "Бишкек", "Bishkek"),
    ("Бішкекте", "kk", True, "Бішкек", "Bishkek"), ("Бiшкек", "kk", False, "Бішкек", "Bishkek"),
    ("Минскіде", "kk", True, "Минск", "Minsk"), ("Гаване", "ru", True, "Гавана", "Havana"),
    ("Парижде", "kk", True, "Париж", "Paris"), ("Нур-Султане", "ru", True, "Нур-Султан", "Nur-Sultan"),
    # places the gazetteer does not know: the Russian dictionary, the Kazakh locative taken off
    ("Джидде", "ru", True, "Джидда", "Джидда"), ("Триполиде", "kk", True, "Триполи", "Триполи"),
])
def test_a_place_is_named_in_the_nominative_of_the_text(written, language, inflected, nominative, key):
    """Regression: places not in the list kept the case the text used ("Газада", "Газе", "Анкаре")."""
    place = place_name(written, language, inflected)
    assert (place.nominative, place.key) == (nominative, key)


def test_the_act_states_the_place_its_signing_participle_governs():
    """Regression: "об открытии Консульства … в городе Астрахани …, совершенное в городе Астане" gave Astrakhan."""
    text = ("Утвердить Соглашение об открытии Консульства Республики Казахстан в городе Астрахани, Российская "
            "Федерация, совершенное в городе Астане 9 октября 2000 года.")
    assert find_place(text, ACT_PLACES) == ("Астане", "ru", True)
    assert find_place("Ратифицировать Соглашение, подписанное 17 января 1996 г. в Минске.", ACT_PLACES) == (
        "Минске", "ru", True)
    assert find_place("1995 жылғы 27 желтоқсанда Газада қол қойылған келісім бекітілсін.", ACT_PLACES) == (
        "Газада", "kk", True)


def _closing(text: str) -> ClosingFormula:
    return ClosingFormula(start=0, end=len(text), eid="closing", children=[Text(0, len(text), text)])


@pytest.mark.parametrize("closing, place", [
    ("Совершено в Минске 17 января 1996 года в двух экземплярах, каждый на русском языке.", "Minsk"),
    ("СОВЕРШЕНО в Астане 4 июля 2018 года, в двух экземплярах", "Astana"),
    ("Совершено в г.Алматы 14 октября 1997 года в двух экземплярах", "Almaty"),
    ("2018 жылғы 4 шілдеде Астанада әрқайсысы қазақ, араб және ағылшын тілдерінде екі данада жасалды", "Astana"),
    ("Парижде бір мың тоғыз жүз елу төртінші жылғы он тоғызыншы желтоқсанда жасалды", "Paris"),
    ("2019 жылғы 25 маусымда Париж қ. әрқайсысы қазақ, орыс және ағылшын тілдерінде жасалды", "Paris"),
    ("Газа қаласында 1995 жылғы 27 желтоқсанда жасалды", "Gaza"),
])
def test_the_place_of_a_closing_formula(closing, place):
    """Regression: a closing formula without "в городе" or "қаласында" gave no place of signing."""
    _, _, found = read_closing(_closing(closing))
    assert found is not None and found.name == place


def test_a_closing_formula_with_a_blank_place_gives_none():
    for closing in ("Совершено в г._________ \"__\"______ __г. в двух экземплярах",
                    "1995 жылы 15 тамызда әрқайсысы қазақ, түрік және ағылшын тілдерінде екі данада жасалды"):
        assert read_closing(_closing(closing))[2] is None


def test_a_place_fact_keeps_the_written_form_and_the_nominative():
    evidence = Evidence("point_1", 0, 10, "…")
    place = place_fact("Газада", "signing-as-stated-by-act", evidence, "kk")
    assert (place.as_written, place.nominative, place.language, place.name, place.known) == (
        "Газада", "Газа", "kk", "Gaza", True)
    unknown = place_fact("Джидде", "cited-signing", evidence, "ru")
    assert (unknown.nominative, unknown.name, unknown.wikidata, unknown.known) == ("Джидда", "Джидда", None, False)


def test_evaluation_reads_a_place_under_any_spelling_of_it():
    assert place_key("Бiшкек") == place_key("Бишкек") == place_key("Bishkek") == "bishkek"
    assert place_key("Газа | Газа") == "gaza"


RU_LAW_CUBA = """\
# О ратификации Соглашения между Правительством Республики Казахстан и Правительством Республики Куба о \
культурном сотрудничестве

Ратифицировать Соглашение между Правительством Республики Казахстан и Правительством Республики Куба о \
культурном сотрудничестве, подписанное в Гаване 4 января 1995 года.

Президент Республики Казахстан

# Соглашение между Правительством Республики Казахстан и Правительством Республики Куба о культурном \
сотрудничестве

Правительство Республики Казахстан и Правительство Республики Куба, именуемые в дальнейшем Сторонами,

согласились о нижеследующем:

### Статья 1

Стороны сотрудничают в области культуры в соответствии с Соглашением о сотрудничестве в области \
информации, подписанным 9 октября 1992 года в городе Джидде.

### Статья 2

Настоящее Соглашение вступает в силу с даты подписания.

Совершено в г. Гаване 4 января 1995 года в двух экземплярах на русском языке.

За Правительство Республики Казахстан

За Правительство Республики Куба
"""


@pytest.fixture(scope="module")
def cuba(tmp_path_factory):
    path = tmp_path_factory.mktemp("family") / "kz-laws/rus/901.md"
    path.parent.mkdir(parents=True)
    path.write_text(RU_LAW_CUBA, encoding="utf-8")
    [act] = parse_path(path)
    assert not act.errors, act.errors
    return act


def test_the_parties_of_a_treaty_with_cuba_act_for_their_states(cuba):
    facts = extract_facts(cuba.versions[0].document, "ru")
    assert [(p.name, p.state.code if p.state else None) for p in facts.parties] == [
        ("Правительство Республики Казахстан", "KAZ"), ("Правительство Республики Куба", "CUB")]
    places = {p.role: (p.as_written, p.nominative, p.name) for p in facts.places}
    assert places == {"signing-as-stated-by-act": ("Гаване", "Гавана", "Havana"),
                      "signing": ("Гаване", "Гавана", "Havana")}


def test_the_graph_labels_a_place_in_the_nominative_of_the_text(cuba):
    """A known place: its IRI from its English name, a label in the text's language and in English, its Wikidata
    item; a place the gazetteer does not know: a label in the text's language only, never a made-up English one."""
    graphs = build_act_graphs(cuba, extract_act(cuba), Minter(DEFAULT_BASE))
    triples = set().union(*graphs.graphs.values())
    havana = URIRef(f"{DEFAULT_BASE}id/place/havana")
    assert {o for s, p, o in triples if s == havana and p == RDFS.label} == {
        Literal("Гавана", lang="ru"), Literal("Havana", lang="en")}
    assert (havana, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q1563")) in triples
    jeddah = URIRef(f"{DEFAULT_BASE}id/place/dzhidda")
    assert {o for s, p, o in triples if s == jeddah and p == RDFS.label} == {Literal("Джидда", lang="ru")}


# --- soft hyphens ---------------------------------------------------------------------------------------------

def test_soft_hyphens_are_removed_and_logged_as_repairs():
    """Regression: signature lines printed with U+00AD inside words ("Пре\\u00adзи\\u00adдент") kept them, so the
    signer's office was not found."""
    raw = "Пре\u00adзи\u00adдент Рес\u00adпуб\u00adли\u00adки Ка\u00adзах\u00adстан\n"
    result = normalise(raw, markup=False)
    assert result.text == "Президент Республики Казахстан\n"
    repairs = [r for r in result.repairs if r.kind == "soft-hyphen"]
    assert len(repairs) == 7
    assert all(raw[r.raw_start:r.raw_end] == "\u00ad" for r in repairs)
    assert normalise(result.text, markup=False).text == result.text
