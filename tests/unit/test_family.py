"""Acts of the wider family that the corpus does not hold, written here as small synthetic samples."""

from treatykg.facts.extraction import extract_facts
from treatykg.text.parsed import parse_path

# A line ending in a backslash goes on in the next one: the text has no line break there.
RU_LAW_WITH_SECTIONS = """\
# О ратификации Соглашения между Правительством Республики Казахстан и Правительством Республики Узбекистан о \
сотрудничестве в области связи

Ратифицировать Соглашение между Правительством Республики Казахстан и Правительством Республики Узбекистан о \
сотрудничестве в области связи, совершенное в Ташкенте 10 мая 1998 года.

Президент Республики Казахстан

# Соглашение между Правительством Республики Казахстан и Правительством Республики Узбекистан о сотрудничестве в \
области связи

Правительство Республики Казахстан и Национальный Банк Республики Казахстан, с одной стороны, и Правительство \
Республики Узбекистан, с другой стороны, именуемые в дальнейшем Сторонами,

руководствуясь стремлением к сотрудничеству,

согласились о нижеследующем:

## Раздел I

Общие положения

### Статья I

Стороны сотрудничают в области связи.

### Статья II

Стороны обмениваются информацией.

## Раздел II

Заключительные положения

### Статья III

Настоящее Соглашение вступает в силу с даты подписания.

### Статья IV

Каждая из Сторон может прекратить действие настоящего Соглашения.

### Статья V

Споры разрешаются путем переговоров.

### Статья VI

Стороны несут расходы самостоятельно.

### Статья VII

Рабочим языком является русский язык.

### Статья VIII

Изменения оформляются протоколами.

### Статья IХ

Соглашение заключается на неопределенный срок.

### Статья Х

Настоящее Соглашение не затрагивает прав Сторон.

### Статья ХI

Депозитарием является Сторона.

Совершено в городе Ташкент 10 мая 1998 года в двух экземплярах на русском языке.

За Правительство Республики Казахстан

За Национальный Банк Республики Казахстан

За Правительство Республики Узбекистан
"""


def _parse(tmp_path, relative, text):
    path = tmp_path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    [act] = parse_path(path)
    assert not act.errors, act.errors
    return act.versions[0]


def test_sections_with_roman_numbered_articles_and_cyrillic_x(tmp_path):
    version = _parse(tmp_path, "kz-laws/rus/900.md", RU_LAW_WITH_SECTIONS)
    treaty = version.document.treaty
    sections = treaty.body.sections
    assert [(s.num, s.heading) for s in sections] == [(1, "Общие положения"), (2, "Заключительные положения")]
    assert [a.num for a in sections[0].articles] == [1, 2]
    assert [a.num for a in treaty.articles] == list(range(1, 12))
    assert [a.num_text for a in treaty.articles][-3:] == ["IX", "X", "XI"]  # Cyrillic Х read as Latin X
    assert treaty.articles[0].eid == "sec_1__art_1"
    assert not version.warnings


def _facts(version):
    return extract_facts(version.document, version.language)


def test_a_side_with_several_parties(tmp_path):
    version = _parse(tmp_path, "kz-laws/rus/900.md", RU_LAW_WITH_SECTIONS)
    treaty = version.document.treaty
    facts = _facts(version)
    assert [p.name for p in facts.parties] == ["Правительство Республики Казахстан",
                                               "Национальный Банк Республики Казахстан",
                                               "Правительство Республики Узбекистан"]
    assert [p.side for p in facts.parties] == [1, 1, 2]
    assert len([s for b in treaty.signature_blocks for s in b.signatures]) == 3
    assert facts.act.act_type == "law"


KK_DECREE_RU_TREATY = """      Қазақстан Республикасы Президентінің 1999 жылғы 5 наурыздағы № 77 Жарлығы
      Қазақстан Республикасының Конституциясына сәйкес ҚАУЛЫ ЕТЕМІН:
      1. 1998 жылғы 10 мамырда Ташкентте жасалған келісім бекітілсін.
      2. Осы Жарлық қол қойылған күнінен бастап күшіне енеді.
      Қазақстан Республикасының
      Президенті                                  Н. Назарбаев

Соглашение
между Правительством Республики Казахстан и Правительством Республики Узбекистан

      Правительство Республики Казахстан и Правительство Республики Узбекистан, далее именуемые Сторонами,
      согласились о нижеследующем:

Статья 1Термины

      Для целей настоящего Соглашения термины означают:
      "связь" - передача сообщений;
      "средства" - оборудование.

Статья 2

      Соглашение вступает в силу с даты подписания.
      Совершено в городе Ташкент 10 мая 1998 года в двух экземплярах на русском языке.
      За Правительство                        За Правительство
      Республики Казахстан                    Республики Узбекистан
"""


def test_kazakh_presidential_decree_with_a_treaty_printed_in_russian_only(tmp_path):
    version = _parse(tmp_path, "adilet/u1999-77-kk.txt", KK_DECREE_RU_TREATY)
    document = version.document
    assert document.language == "kk" and document.treaty.language == "ru"
    facts = _facts(version)
    assert (facts.act.act_type, facts.act.date, facts.act.number) == ("decree", "1999-03-05", "77")
    [signer] = [p for p in facts.persons if p.role == "signer"]
    assert (signer.office, signer.name) == ("Қазақстан Республикасының Президенті", "Н. Назарбаев")
    treaty = document.treaty
    assert treaty.title == "Соглашение между Правительством Республики Казахстан и Правительством Республики Узбекистан"
    art1 = treaty.articles[0]
    assert art1.heading == "Термины"  # "Статья 1Термины", run together
    assert len(art1.lists[0].items) == 2
    assert [s.party for s in facts.signed_for] == [
        "Правительство Республики Казахстан", "Правительство Республики Узбекистан"]
    assert {p.role: p.as_written for p in facts.places}["signing"] == "Ташкент"
    assert {d.role: d.iso for d in facts.dates}["signing"] == "1998-05-10"


KK_GLUED = """# Келісімді ратификациялау туралы

Келісім ратификациялансын.

Қазақстан Республикасының Президенті

# Қазақстан Республикасының Үкіметі мен Моңғолия Үкіметі арасындағы байланыс туралыКЕЛІСІМ

Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен Моңғолия Үкіметі,

төмендегілер туралы келісті:

## I бөлім

## 1-бапОсы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:

"байланыс" - хабар алмасу;

"құрал" - жабдық.

## 2-бап

Осы Келісім қол қойылған күнінен бастап күшіне енеді.

## ІІ бөлім

## 3-бап

Тараптар шығыстарды дербес көтереді.

## Х бап

Тараптар келіссөздер жүргізеді.

2019 жылғы 1 наурызда Улан-Батор қаласында қазақ, моңғол және орыс тілдерінде екі данада жасалды.

Қазақстан Республикасының Үкіметі үшін

Моңғолия Үкіметі үшін
"""


def test_glued_article_heading_and_kazakh_sections(tmp_path):
    version = _parse(tmp_path, "kz-laws/kaz/901.md", KK_GLUED)
    treaty = version.document.treaty
    assert treaty.title.endswith("байланыс туралы КЕЛІСІМ")
    assert [s.num for s in treaty.body.sections] == [1, 2]
    art1 = treaty.articles[0]
    assert art1.heading is None and art1.lists[0].intro == "Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:"
    assert len(art1.lists[0].items) == 2
    assert [a.num for a in treaty.articles] == [1, 2, 3, 10]
    assert any("missing article number: after article 3 comes X" in str(w) for w in version.warnings)
    facts = _facts(version)
    assert facts.closing.languages == ["kk", "mn", "ru"]
    assert {p.role: p.as_written for p in facts.places}["signing"] == "Улан-Батор"


RU_RESOLUTION = """\
О подписании Соглашения между Правительством Республики Казахстан и Правительством Республики Армения о сотрудничестве \
в области связи

Постановление Правительства Республики Казахстан от 3 марта 2012 года № 301
      Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
      1. Одобрить прилагаемый проект Соглашения между Правительством Республики Казахстан и Правительством
Республики Армения о сотрудничестве в области связи.
      2. Настоящее постановление вводится в действие со дня подписания.
      Премьер-Министр
      Республики Казахстан                       К. Масимов

ПРОТОКОЛ
между Правительством Республики Казахстан и Правительством Республики Армения о сотрудничестве в области связи

      Правительство Республики Казахстан и Правительство Республики Армения, далее именуемые Сторонами,
      согласились о нижеследующем:

Статья 1

      Стороны сотрудничают.

Статья 2

      Настоящий Протокол вступает в силу с даты подписания.
      Совершено в городе ______ "__" _______ 2012 года в двух экземплярах на русском языке.
      За Правительство                        За Правительство
      Республики Казахстан                    Республики Армения
"""

KK_LAW_HEADER = """\
Қазақстан Республикасының Үкіметі мен Армения Республикасының Үкіметі арасындағы байланыс туралы хаттаманы \
ратификациялау туралы

Қазақстан Республикасының 2020 жылғы 13 қарашадағы № 374-VI Заңы
      2019 жылғы 25 қазанда Нұр-Сұлтанда жасалған хаттама ратификациялансын.
      Қазақстан Республикасының
      Президенті                                Қ. Тоқаев

Қазақстан Республикасының Үкіметі мен Армения Республикасының Үкіметі арасындағы байланыс туралы
хаттама

      Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен Армения Республикасының Үкіметі,
      төмендегілер туралы келісті:

1 бап

      Тараптар ынтымақтасады.

2 бап

      Осы Хаттама қол қойылған күнінен бастап күшіне енеді.
      2019 жылғы 25 қазанда Нұр-Сұлтан қаласында әрқайсысы қазақ және орыс тілдерінде екі данада жасалды.
      Қазақстан Республикасының Үкіметі үшін           Армения Республикасының Үкіметі үшін
"""


def test_russian_resolution_header_and_a_protocol_as_the_treaty(tmp_path):
    version = _parse(tmp_path, "adilet/p2012-301-ru.txt", RU_RESOLUTION)
    treaty, facts = version.document.treaty, _facts(version)
    assert (facts.act.act_type, facts.act.date, facts.act.number) == ("resolution", "2012-03-03", "301")
    assert [p.name for p in facts.persons if p.role == "signer"] == ["К. Масимов"]
    # the title is the treaty's, not a draft marker; the text is a draft because the act approves the draft
    assert treaty.title.startswith("ПРОТОКОЛ между Правительством") and treaty.draft_marker is None
    assert [a.relation for a in facts.approvals] == ["approves-draft"] and facts.draft is True
    assert [a.num for a in treaty.articles] == [1, 2]
    [signing] = [d for d in facts.dates if d.role == "signing"]
    assert signing.year == 2012 and signing.complete is False
    assert not [p for p in facts.places if p.role == "signing"]


def test_kazakh_law_header_with_a_roman_suffixed_number_and_articles_without_hyphen(tmp_path):
    version = _parse(tmp_path, "adilet/z2020-374-kk.txt", KK_LAW_HEADER)
    treaty, facts = version.document.treaty, _facts(version)
    assert (facts.act.act_type, facts.act.date, facts.act.number) == ("law", "2020-11-13", "374-VI")
    assert treaty.title.endswith("байланыс туралы хаттама")
    assert [a.num for a in treaty.articles] == [1, 2]
    assert [p.name for p in facts.parties] == ["Қазақстан Республикасының Үкіметі", "Армения Республикасының Үкіметі"]
    assert [a.relation for a in facts.approvals] == ["ratifies"]
