"""Parties, sides and collective names as acts of the family name them: the clause at the head of the preamble with
the noise around the names, recitals run on after them, shared plural heads, roles; the title and the signatures
when the preamble names the parties only together; international organisations. Small acts in the kz-laws layout,
with real wording."""

from __future__ import annotations

import pytest

from treatykg.facts.extraction import extract_facts
from treatykg.lang.party_names import read_parties_clause, read_title_parties
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
