"""Parties, sides and collective names as acts of the family name them: the clause at the head of the preamble with
the noise around the names, recitals run on after them, shared plural heads, roles; the title and the signatures
when the preamble names the parties only together; international organisations. Small acts in the kz-laws layout,
with real wording."""

from __future__ import annotations

import pytest

from treatykg.facts.extraction import extract_facts
from treatykg.facts.parties import _authorities, extract_designations
from treatykg.facts.provisions import Provision
from treatykg.lang.party_names import read_parties_clause, read_title_parties
from treatykg.lang.recital_wording import continues_recital, recital_starts
from treatykg.text.document import Block
from treatykg.text.parsed import parse_path

RU_ACT = """\
# О ратификации Соглашения

Ратифицировать Соглашение, совершенное в Минске 10 мая 1998 года.

Президент Республики Казахстан

# {title}

{preamble}

### Статья 1

Стороны сотрудничают в области связи.

{signatures}
"""

KK_ACT = """\
# Келісімді ратификациялау туралы

1998 жылғы 10 мамырда Минскіде жасалған Келісім ратификациялансын.

Қазақстан Республикасының Президенті

# {title}

{preamble}

### 1-бап

Тараптар байланыс саласында ынтымақтасады.

{signatures}
"""


def _version(tmp_path, language: str, title: str, preamble: list[str], signatures: list[str] = ()):
    template, folder = (RU_ACT, "rus") if language == "ru" else (KK_ACT, "kaz")
    path = tmp_path / "kz-laws" / folder / "900.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template.format(title=title, preamble="\n\n".join(preamble), signatures="\n\n".join(signatures)),
                    encoding="utf-8")
    [act] = parse_path(path)
    assert not act.errors, act.errors
    return act.versions[0]


def _facts(version):
    return extract_facts(version.document, version.language)


def _preamble(version) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in version.document.treaty.preamble.of_type(Block)]




# --- the naming of the parties together is no party, and no part of a party's name --------------------------------

@pytest.mark.parametrize(("clause", "names", "collective"), [
    ('Правительство Республики Казахстан и Правительство Турецкой Республики, в дальнейшем именуемые "Сторонами",',
     ["Правительство Республики Казахстан", "Правительство Турецкой Республики"], "Стороны"),
    ('Правительство Республики Казахстан и Правительство Государства Палестина, в дальнейшем именуемые '
     "Договаривающиеся Стороны,",
     ["Правительство Республики Казахстан", "Правительство Государства Палестина"], "Договаривающиеся Стороны"),
    ('Правительство Республики Казахстан и Правительство Республики Словения, далее именуемые "Договаривающиеся '
     'Стороны",', ["Правительство Республики Казахстан", "Правительство Республики Словения"],
     "Договаривающиеся Стороны"),
    ("Правительство Республики Казахстан, Правительство Кыргызской Республики и Правительство Республики "
     "Узбекистан, именуемые в дальнейшем Стороны,",
     ["Правительство Республики Казахстан", "Правительство Кыргызской Республики",
      "Правительство Республики Узбекистан"], "Стороны"),
    ("Қазақстан Республикасының Білім және ғылым министрлігі мен Өзбекстан Республикасының Халыққа білім беру "
     "министрлігі, мұнан әрі - Тараптар деп аталып,",
     ["Қазақстан Республикасының Білім және ғылым министрлігі",
      "Өзбекстан Республикасының Халыққа білім беру министрлігі"], "Тараптар"),
    ('Бұдан әрі "Тараптар" деп аталатын Қазақстан Республикасының Үкіметі мен Ресей Федерациясының Үкіметі,',
     ["Қазақстан Республикасының Үкіметі", "Ресей Федерациясының Үкіметі"], "Тараптар"),
    ("Қазақстан Республикасының Үкiметi мен Палестина Мемлекетiнiң Үкiметi, бұдан былай Уағдаласушы Тараптар деп "
     "аталады,", ["Қазақстан Республикасының Үкiметi", "Палестина Мемлекетiнiң Үкiметi"], "Уағдаласушы Тараптар"),
    ("Қазақстан Республикасының Үкіметі мен Хорватия Республикасының Үкіметі (бұдан әрі Тараптар деп аталатын),",
     ["Қазақстан Республикасының Үкіметі", "Хорватия Республикасының Үкіметі"], "Тараптар"),
])
def test_the_collective_name_is_read_apart_from_the_names(clause, names, collective):
    reading = read_parties_clause(clause)
    assert [p.label for p in reading.parties] == names
    assert reading.collective == collective


def test_a_glued_kazakh_conjunction_separates_two_states():
    reading = read_parties_clause('Бұдан әрі қарай "Тараптар" деп аталатын Қазақстан Республикасымен Беларусь '
                                  "Республикасы өз азаматтарына жалпы жұрт қабылдаған халықаралық нормаларын,")
    assert [p.label for p in reading.parties] == ["Қазақстан Республикасы", "Беларусь Республикасы"]


# --- a recital run on after the names is a recital --------------------------------------------------------------

def test_a_russian_recital_on_the_naming_line_is_cut_off_it(tmp_path):
    version = _version(tmp_path, "ru", "Соглашение между Республикой Казахстан и Республикой Беларусь о гражданстве", [
        "Республика Казахстан и Республика Беларусь, именуемые в дальнейшем Сторонами, исходя из стремления народов "
        "двух стран к сохранению дружественных связей,",
        "желая обеспечить благоприятные условия для своих граждан,",
        "согласились о нижеследующем:"])
    assert [role for role, _ in _preamble(version)] == ["parties", "recital", "recital", "agreed-formula"]
    assert _preamble(version)[1][1].startswith("исходя из стремления")
    facts = _facts(version)
    assert [p.name for p in facts.parties] == ["Республика Казахстан", "Республика Беларусь"]
    assert [p.kind for p in facts.parties] == ["state", "state"]


def test_a_kazakh_recital_on_the_naming_line_is_cut_off_it(tmp_path):
    version = _version(tmp_path, "kk", "Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі арасындағы "
                       "сапарлар туралы келісім", [
        "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі, "
        "экономикалық, сауда, мәдени және басқа да салаларда достық қатынастарды дамытуға жәрдемдесу тілегін "
        "басшылыққа ала отырып,",
        "мына төмендегілер туралы келісті:"])
    roles = [role for role, _ in _preamble(version)]
    assert roles == ["parties", "recital", "agreed-formula"]
    assert [p.name for p in _facts(version).parties] == ["Қазақстан Республикасының Үкіметі",
                                                         "Куба Республикасының Үкіметі"]


def test_a_recital_with_no_comma_after_the_last_name_is_no_part_of_it():
    reading = read_parties_clause(
        "Бұдан әрі Уағдаласушы Тараптар деп аталатын Қазақстан Республикасы мен Монғолия егемендікті құрметтеу және "
        "өзара сыйластық негізінде құқылық қатынастар саласындағы ынтымақтастықты жүзеге асыру мақсатында")
    assert [p.label for p in reading.parties] == ["Қазақстан Республикасы", "Монғолия"]


# --- one plural head shared by several names ----------------------------------------------------------------------

def test_a_russian_plural_head_names_one_government_per_state():
    reading = read_parties_clause("Правительства Республики Казахстан, Кыргызской Республики и Республики "
                                  "Узбекистан, именуемые в дальнейшем Сторонами,")
    assert [p.label for p in reading.parties] == ["Правительство Республики Казахстан",
                                                  "Правительство Кыргызской Республики",
                                                  "Правительство Республики Узбекистан"]
    assert {p.as_written for p in reading.parties} == {
        "Правительства Республики Казахстан, Кыргызской Республики и Республики Узбекистан"}


def test_a_kazakh_plural_head_names_one_government_per_state(tmp_path):
    version = _version(tmp_path, "kk", "Қазақстан Республикасы, Қырғыз Республикасы және Өзбекстан Республикасы "
                       "Үкіметтерінің арасындағы Ортақ ғылыми-техникалық кеңістік құру туралы КЕЛІСІМ", [
        'Бұдан әрі "Тараптар" деп аталатын Қазақстан Республикасының, Қырғыз Республикасының және Өзбекстан '
        "Республикасының Үкіметтері,", "мына төмендегілер туралы келісті:"])
    facts = _facts(version)
    assert [(p.name, p.kind, p.state.code, p.side) for p in facts.parties] == [
        ("Қазақстан Республикасының Үкіметі", "government", "KAZ", 1),
        ("Қырғыз Республикасының Үкіметі", "government", "KGZ", 2),
        ("Өзбекстан Республикасының Үкіметі", "government", "UZB", 3)]
    assert facts.sides == 3


# --- a name given to one party is its role ----------------------------------------------------------------------

def test_role_names_are_kept_apart_from_the_names():
    ru = read_parties_clause('Министерство обороны Республики Казахстан, именуемое в дальнейшем "Принимающая '
                             'Сторона" и Министерство обороны Кыргызской Республики, именуемое в дальнейшем '
                             '"Направляющая Сторона", вместе именуемые в дальнейшем Сторонами,')
    assert [(p.label, p.role) for p in ru.parties] == [
        ("Министерство обороны Республики Казахстан", "Принимающая Сторона"),
        ("Министерство обороны Кыргызской Республики", "Направляющая Сторона")]
    assert ru.collective == "Стороны"
    kk = read_parties_clause('Бұдан былай екеуі бірге Тараптар деп аталатын, бұдан былай "Қабылдаушы Тарап" деп '
                             "аталатын Қазақстан Республикасының Қорғаныс министрлігі мен \"Жіберуші Тарап\" деп "
                             "аталатын Қырғыз Республикасының Қорғаныс министрлігі,")
    assert [(p.label, p.role) for p in kk.parties] == [
        ("Қазақстан Республикасының Қорғаныс министрлігі", "Қабылдаушы Тарап"),
        ("Қырғыз Республикасының Қорғаныс министрлігі", "Жіберуші Тарап")]
    assert kk.collective == "Тараптар"


# --- the kind of a party is its head noun's ---------------------------------------------------------------------

def test_a_committee_under_a_government_is_an_agency(tmp_path):
    version = _version(tmp_path, "kk", "Қазақстан Республикасының Мемлекеттік кіріс министрлігі мен Тәжікстан "
                       "Республикасы Үкіметінің жанындағы Кеден комитетінің арасындағы Ынтымақтастық туралы Келісім", [
        "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Мемлекеттік кіріс министрлігі және Тәжікстан "
        "Республикасы Үкіметінің жанындағы Кеден комитеті,", "мына төмендегілер туралы келісті:"])
    assert [p.kind for p in _facts(version).parties] == ["ministry", "agency"]


def test_an_international_organisation_is_a_party_of_no_state(tmp_path):
    version = _version(tmp_path, "ru", "СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ КАЗАХСТАН И ОРГАНИЗАЦИЕЙ "
                       "ОБЪЕДИНЕННЫХ НАЦИЙ ПО ВОПРОСАМ ОБРАЗОВАНИЯ, НАУКИ И КУЛЬТУРЫ", [
        "Правительство Республики Казахстан и Организация Объединенных Наций по вопросам образования, науки и "
        "культуры, именуемые далее «Стороны»,", "договорились о нижеследующем:"])
    facts = _facts(version)
    assert [(p.name, p.kind, p.state and p.state.code) for p in facts.parties] == [
        ("Правительство Республики Казахстан", "government", "KAZ"),
        ("Организация Объединенных Наций по вопросам образования, науки и культуры", "organisation", None)]
    assert facts.collective_name == "Стороны"


# --- a preamble that names the parties only together: the title, else the signatures ---------------------------

def test_parties_named_only_together_are_read_from_the_title(tmp_path):
    ru = _version(tmp_path / "ru", "ru", "СОГЛАШЕНИЕ между Правительством Республики Казахстан и Правительством "
                  "Республики Польша о предоставлении кредита", [
                      "Ссылаясь на Соглашение о торгово-экономическом сотрудничестве от 14 октября 1992 года, а также, "
                      "придавая особое внимание развитию отношений, Стороны договорились о следующем:"])
    facts = _facts(ru)
    assert [p.name for p in facts.parties] == ["Правительство Республики Казахстан", "Правительство Республики Польша"]
    assert facts.parties[1].as_written == "Правительством Республики Польша"
    assert facts.parties[1].evidence.text == "Правительством Республики Польша"
    assert facts.collective_name == "Стороны"
    kk = _version(tmp_path / "kk", "kk", "Қазақстан Республикасы Үкіметі мен Польша Республикасы Үкіметінің "
                  "арасындағы несие беру туралы Келісім", [
                      "Екі жақ 1992 жылғы 14 қазанда жасалған келісімге сүйеніп, мына төмендегілер туралы келісті."])
    facts = _facts(kk)
    assert [p.name for p in facts.parties] == ["Қазақстан Республикасы Үкіметі", "Польша Республикасы Үкіметі"]
    assert facts.collective_name == "Екі жақ"


def test_a_title_that_names_another_treaty_names_no_party():
    assert read_title_parties("Протокол о внесении изменений в Соглашение между Правительством Республики Казахстан "
                              "и Правительством Грузии о международном автомобильном сообщении", "ru") == []


def test_a_plural_description_gives_way_to_the_signatures(tmp_path):
    version = _version(tmp_path, "ru", "Соглашение о таможенном контроле", [
        "Правительства государств-членов Евразийского экономического сообщества, именуемые далее Сторонами,",
        "признавая необходимость упорядочения оборота продукции,", "согласились о следующем:"],
        ["За Правительство Республики Беларусь", "За Правительство Республики Казахстан",
         "За Правительство Российской Федерации"])
    facts = _facts(version)
    assert [(p.name, p.state.code) for p in facts.parties] == [
        ("Правительство Республики Беларусь", "BLR"), ("Правительство Республики Казахстан", "KAZ"),
        ("Правительство Российской Федерации", "RUS")]


def test_a_government_the_preamble_leaves_out_is_added_from_the_title(tmp_path):
    version = _version(tmp_path, "kk", "Қазақстан Республикасы Үкіметі, Қырғыз Республикасы Үкіметі, Тәжікстан "
                       "Республикасы Үкіметі мен Өзбекстан Республикасы Үкіметінің арасындағы өсімдіктер карантині "
                       "саласындағы ынтымақтастық туралы Келісім", [
                           "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі, Тәжікстан "
                           "Республикасының Үкіметі және Өзбекстан Республикасының Үкіметі,",
                           "Карантиндік объектілердің әкелінуін болдырмау ынтымақтастығының маңыздылығын тани отырып,",
                           "төмендегілер туралы келісті:"])
    parties = _facts(version).parties
    assert sorted(p.state.code for p in parties) == ["KAZ", "KGZ", "TJK", "UZB"]
    assert [p.name for p in parties if p.state.code == "KGZ"] == ["Қырғыз Республикасы Үкіметі"]


# --- recitals: each participial or purpose recital once ---------------------------------------------------------

@pytest.mark.parametrize(("language", "paragraph", "count"), [
    # two recitals in one paragraph
    ("ru", "руководствуясь принципом развития дружественных отношений между народами, учитывая положения Соглашения "
           "о сотрудничестве в области военной науки,", 2),
    ("ru", "Ссылаясь на Соглашение о торгово-экономическом сотрудничестве от 14 октября 1992 года, а также, придавая "
           "особое внимание развитию торгово-экономических отношений,", 2),
    ("kk", "экономикалық салаларда достық қатынастарды дамытуға жәрдемдесу тілегін басшылыққа ала отырып, екі "
           "мемлекет азаматтарының өзара сапарларына жәрдемдесуге тілек білдіре отырып,", 2),
    ("kk", "1992 жылғы 14 қазанда жасалған ынтымақтастық жөніндегі келісімге сүйеніп, сондай-ақ Қазақстан мен Польша "
           "арасындағы қатынастарды дамуына ерекше зор мән бере отырып,", 2),
    # coordinated heads, a governed phrase, a purpose joined by "also": one recital
    ("ru", "принимая во внимание дружеские связи между двумя странами и исходя из стремления содействовать "
           "развитию отношений,", 1),
    ("ru", "стремясь создать благоприятные условия с целью развития связей между экономическими субъектами, а также с "
           "целью соблюдения принципа свободы транзита,", 1),
    ("kk", "екі ел арасындағы достық байланыстарды ескеріп және экономика саласында қарым-қатынастардың дамуына "
           "деген ұмтылысты негізге ала отырып,", 1),
    ("kk", "екі елдің экономикалық субъектілерінің арасындағы байланыстарды дамытуға ұмтыла отырып, сондай-ақ транзит "
           "еркіндігі қағидатын сақтау мақсатында", 1),
    ("kk", "егемендік теңдікке негізделген екі мемлекет арасындағы достық қатынастарды дамытып, нығайту ниетін көздей "
           "отырып,", 1),
])
def test_recitals_in_a_paragraph(language, paragraph, count):
    assert len(recital_starts(paragraph, language)) == count


def test_a_recital_split_by_a_stray_full_stop_is_one(tmp_path):
    version = _version(tmp_path, "ru", "Протокол между Министерством образования и науки Республики Казахстан и "
                       "Министерством народного образования Республики Узбекистан об обмене учебниками", [
                           "Министерство образования и науки Республики Казахстан и Министерство народного образования "
                           "Республики Узбекистан, именуемые в дальнейшем Сторонами,",
                           "в соответствии с Соглашением об углублении сотрудничества от 10 января 1994 года.",
                           "Соглашением о сотрудничестве в области образования, совершенным 30 октября 1998 года,",
                           "с целью осуществления взаимопоставки учебных книг,",
                           "Подписали настоящий Протокол:"])
    recitals = [text for role, text in _preamble(version) if role == "recital"]
    assert len(recitals) == 2
    assert recitals[0].endswith("совершенным 30 октября 1998 года,")
    assert not continues_recital("учитывая заинтересованность Сторон,", "ru")


# --- competent authorities ---------------------------------------------------------------------------------------

RU_AUTHORITIES = """\
# О ратификации Соглашения

Ратифицировать Соглашение, совершенное в Минске 10 мая 2019 года.

Президент Республики Казахстан

# Соглашение между Правительством Республики Казахстан и Правительством Республики Беларусь о сотрудничестве

Правительство Республики Казахстан и Правительство Республики Беларусь, далее именуемые Сторонами,

согласились о нижеследующем:

### Статья 1

Уполномоченными органами Сторон по реализации настоящего Соглашения являются:

от Казахстанской стороны - Министерство оборонной и аэрокосмической промышленности Республики Казахстан, \
Министерство обороны Республики Казахстан;

от Белорусской стороны - Государственный военно-промышленный комитет Республики Беларусь.

За Правительство Республики Казахстан

За Правительство Республики Беларусь
"""

KK_AUTHORITIES = """\
# Келісімді ратификациялау туралы

2019 жылғы 10 мамырда Минскіде жасалған Келісім ратификациялансын.

Қазақстан Республикасының Президенті

# Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы ынтымақтастық туралы КЕЛІСІМ

Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі,

төмендегілер туралы келісті:

### 1-бап

Тараптардың осы Келісімді іске асыру жөніндегі уәкілетті органдары:

Қазақстан тарапынан - Қазақстан Республикасының Қорғаныс және аэроғарыш өнеркәсібі министрлігі, Қазақстан \
Республикасының Қорғаныс министрлігі;

Беларусь тарапынан - Беларусь Республикасының Мемлекеттік әскери-өнеркәсіп комитеті болып табылады.

Қазақстан Республикасының Үкіметі үшін

Беларусь Республикасының Үкіметі үшін
"""


def _act(tmp_path, kk: str | None, ru: str | None):
    for folder, text in (("kaz", kk), ("rus", ru)):
        if text is not None:
            path = tmp_path / "kz-laws" / folder / "901.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.replace("\\\n", ""), encoding="utf-8")
    [act] = parse_path(tmp_path / "kz-laws")
    assert not act.errors, act.errors
    return act


def test_authorities_named_side_by_side_in_paragraphs_one_designation_each(tmp_path):
    act = _act(tmp_path, KK_AUTHORITIES, RU_AUTHORITIES)
    by_language = {v.language: _facts(v) for v in act.versions}
    assert [(d.state.code, d.authority) for d in by_language["ru"].designations] == [
        ("KAZ", "Министерство оборонной и аэрокосмической промышленности Республики Казахстан"),
        ("KAZ", "Министерство обороны Республики Казахстан"),
        ("BLR", "Государственный военно-промышленный комитет Республики Беларусь")]
    assert [(d.state.code, d.authority) for d in by_language["kk"].designations] == [
        ("KAZ", "Қазақстан Республикасының Қорғаныс және аэроғарыш өнеркәсібі министрлігі"),
        ("KAZ", "Қазақстан Республикасының Қорғаныс министрлігі"),
        ("BLR", "Беларусь Республикасының Мемлекеттік әскери-өнеркәсіп комитеті")]


def test_a_designation_of_both_versions_names_one_authority(tmp_path):
    """The kk and ru names of one authority are one organisation: "A designation names at most one competent
    authority" held only for the authorities of the key table."""
    from treatykg.facts.extraction import extract_act
    from treatykg.rdf.graph import build_act_graphs
    from treatykg.rdf.iris import Minter
    from treatykg.rdf.vocab import DEFAULT_BASE, TKG

    act = _act(tmp_path, KK_AUTHORITIES, RU_AUTHORITIES)
    graphs = build_act_graphs(act, extract_act(act), Minter(DEFAULT_BASE))
    named: dict[object, set] = {}
    for triples in graphs.graphs.values():
        for s, p, o in triples:
            if p == TKG.designatedAuthority:
                named.setdefault(s, set()).add(o)
    assert len(named) == 3 and all(len(authorities) == 1 for authorities in named.values())


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("ru", "Уполномоченным органом по реализации положений настоящего Соглашения от имени Министерства "
           "государственных доходов Республики Казахстан будет являться Таможенный комитет Министерства "
           "государственных доходов Республики Казахстан.",
     ("KAZ", "Таможенный комитет Министерства государственных доходов Республики Казахстан")),
    ("kk", "Тәжік Тарапынан осы Келісімнің ережелерін іске асыру жөніндегі уәкілетті орган Тәжікстан Республикасы "
           "Үкіметінің жанындағы Кеден комитеті болып табылады.",
     ("TJK", "Тәжікстан Республикасы Үкіметінің жанындағы Кеден комитеті")),
])
def test_an_authority_named_in_a_sentence(tmp_path, language, sentence, expected):
    title = ("Соглашение между Правительством Республики Казахстан и Правительством Республики Таджикистан"
             if language == "ru" else "Қазақстан Республикасының Үкіметі мен Тәжікстан Республикасының Үкіметі "
             "арасындағы ынтымақтастық туралы Келісім")
    clause = ("Правительство Республики Казахстан и Правительство Республики Таджикистан, именуемые далее Стороны,"
              if language == "ru" else "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен "
              "Тәжікстан Республикасының Үкіметі,")
    version = _version(tmp_path, language, title, [clause, "согласились о нижеследующем:" if language == "ru"
                                                    else "төмендегілер туралы келісті:"])
    treaty = version.document.treaty
    unit = Provision("art_1__para_1", "art_1", sentence, 0, len(sentence), treaty.articles[0])
    [designation] = extract_designations(treaty, _facts(version).parties, [unit])
    assert (designation.state.code, designation.authority) == expected


def test_an_authority_in_the_accusative_is_named_in_the_nominative():
    assert _authorities("Грузияның Экономика және тұрақты даму министрлігін және/немесе Жер көлігі агенттігін "
                        "немесе автомобиль көлігі үшін жауапты басқа де органдарды білдіреді.", "kk") == [
        "Грузияның Экономика және тұрақты даму министрлігі", "Жер көлігі агенттігі"]
    assert _authorities("Министерство экономики Грузии и/или Агентство наземного транспорта или другие органы, "
                        "ответственные за автомобильный транспорт.", "ru") == [
        "Министерство экономики Грузии", "Агентство наземного транспорта"]


@pytest.mark.parametrize("language, sentence, expected", [
    ("ru", "Каждая Сторона будет использовать соответственно Центр по контролю за сокращением вооружений и обеспечению "
           "инспекционной деятельности при Министерстве обороны Республики Казахстан и Центр по уменьшению ядерной "
           "опасности Соединенных Штатов Америки, действующих от имени своего соответствующего правительства.",
     [("KAZ", "Центр по контролю за сокращением вооружений и обеспечению инспекционной деятельности при Министерстве "
              "обороны Республики Казахстан"),
      ("USA", "Центр по уменьшению ядерной опасности Соединенных Штатов Америки")]),
    ("kk", "Қазақстан Республикасының Қорғаныс министрлігінің жанындағы Қару-жарақты қысқартуды бақылау жөніндегі "
           "орталықты және Америка Құрама Штаттарының Ядролық қауіпті азайту жөніндегі орталығын, бұдан әрі Ұлттық "
           "орталықтар деп аталатын, әрбір Тарап хабарларды беру үшін тиісінше пайдаланады.",
     [("KAZ", "Қазақстан Республикасының Қорғаныс министрлігінің жанындағы Қару-жарақты қысқартуды бақылау жөніндегі "
              "орталық"),
      ("USA", "Америка Құрама Штаттарының Ядролық қауіпті азайту жөніндегі орталығы")]),
])
def test_each_party_uses_its_own_authority_respectively(tmp_path, language, sentence, expected):
    """zX-17489 (USA, secure line), Art. 1: "Каждая Сторона будет использовать соответственно A и B" names the first
    party's body, then the second's; the Kazakh names are the objects of "пайдаланады" (орталықты: орталық)."""
    title = ("Соглашение между Правительством Республики Казахстан и Правительством Соединенных Штатов Америки"
             if language == "ru" else "Қазақстан Республикасының Үкіметі мен Америка Құрама Штаттарының Үкіметі "
             "арасындағы байланыс туралы Келісім")
    clause = ("Правительство Республики Казахстан и Правительство Соединенных Штатов Америки, именуемые далее "
              "Стороны," if language == "ru" else "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі "
              "мен Америка Құрама Штаттарының Үкіметі,")
    version = _version(tmp_path, language, title, [clause, "согласились о нижеследующем:" if language == "ru"
                                                    else "төмендегілер туралы келісті:"])
    treaty = version.document.treaty
    unit = Provision("art_1__para_1", "art_1", sentence, 0, len(sentence), treaty.articles[0])
    assert [(d.state.code, d.authority) for d in extract_designations(treaty, _facts(version).parties, [unit])
            ] == expected


@pytest.mark.parametrize("name, nominative", [
    ("Ядролық қауіпті азайту жөніндегі орталықты", "Ядролық қауіпті азайту жөніндегі орталық"),
    ("Америка Құрама Штаттарының Ядролық қауіпті азайту жөніндегі орталығын",
     "Америка Құрама Штаттарының Ядролық қауіпті азайту жөніндегі орталығы"),
    ("Мемлекеттік кірістер Департаменті", "Мемлекеттік кірістер Департаменті"),  # a possessive nominative
])
def test_a_kazakh_object_in_the_nominative(name, nominative):
    from treatykg.lang.inflection import kazakh_object_nominative
    assert kazakh_object_nominative(name) == nominative


@pytest.mark.parametrize("language, items, after, expected", [
    ("ru", ["- Центрбанк,", "- Банк Хандлевы в Варшаве С.А."],
     "Уполномоченные банки на основе настоящего Соглашения заключат межбанковское Соглашение.",
     [("POL", "Банк Хандлевы в Варшаве С.А")]),
    ("kk", ["- Центрбанк,", "- Варшавадағы С.А.Хандлев банкі."],
     "Өкілетті банктер осы Келісімнің негізінде банкаралық Келісім жасайды.",
     [("POL", "Варшавадағы С.А.Хандлев банкі")]),
])
def test_the_authorised_banks_listed_one_per_item(tmp_path, language, items, after, expected):
    """p1995-661 (Poland, credit), Art. 4: "Банковское обслуживание настоящего Соглашения будут осуществлять: -
    Центрбанк, - Банк Хандлевы в Варшаве С.А. Уполномоченные банки …": the Warsaw bank is Poland's (its city says
    so); "Центрбанк" names no state, so no party designates it and it is left out."""
    from treatykg.text.document import Item as ListItem
    title = ("Соглашение между Правительством Республики Казахстан и Правительством Республики Польша"
             if language == "ru" else "Қазақстан Республикасының Үкіметі мен Польша Республикасының Үкіметі "
             "арасындағы несие туралы Келісім")
    clause = ("Правительство Республики Казахстан и Правительство Республики Польша, именуемые далее Стороны,"
              if language == "ru" else "Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен "
              "Польша Республикасының Үкіметі,")
    version = _version(tmp_path, language, title, [clause, "согласились о нижеследующем:" if language == "ru"
                                                    else "төмендегілер туралы келісті:"])
    treaty = version.document.treaty
    units = [Provision(f"art_4__list_1__item_{n}", "art_4", text, 0, len(text), ListItem())
             for n, text in enumerate(items, 1)] + [Provision("art_4__para_1", "art_4", after, 0, len(after),
                                                              treaty.articles[0])]
    assert [(d.state.code, d.authority) for d in extract_designations(treaty, _facts(version).parties, units)
            ] == expected
