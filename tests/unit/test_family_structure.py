"""The structure of acts of the family that the rules were not first written for: treaty titles worded without the
usual pattern (found by their Markdown heading), ratification laws without an enacting formula, article headings
glued to their titles, Roman numbers written with Cyrillic look-alikes, sections with an article on their line, and
closing formulas quoted by an amending protocol. Small samples in the wording of real acts."""

from treatykg.facts.extraction import extract_facts
from treatykg.text.parsed import parse_path


def _parse(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    [act] = parse_path(path)
    assert not act.errors, act.errors
    return act.versions[0]


RU_IZMIR = """\
# О ратификации Измирского Договора

Ратифицировать Измирский Договор, подписанный в Измире (Турция)14 сентября 1996 года.

ПрезидентРеспублики Казахстан

# Измирский договор

Правительства Исламского Государства Афганистан, Азербайджанской Республики и Республики Казахстан:

Решили пересмотреть положения Измирского Договора и с этой целью согласились о нижеследующем:

## Статья IОпределения

В настоящем Договоре термины означают следующее.

## Статья IIЗадачи

Задачи Организации состоят в развитии.

## Статья IXСекретариат

Секретариат находится в Тегеране.

## Статья ХСпециализированные организации

Организации создаются решением Совета.

## Статья XIIМеханизм принятия решений

Решения принимаются консенсусом.
"""


def test_a_heading_that_names_a_treaty_and_roman_article_numbers_glued_to_their_titles(tmp_path):
    version = _parse(tmp_path, "kz-laws/rus/850.md", RU_IZMIR)
    treaty = version.document.treaty
    assert treaty.title == "Измирский договор"
    assert [a.num for a in treaty.articles] == [1, 2, 9, 10, 12]
    assert [a.num_text for a in treaty.articles] == ["I", "II", "IX", "X", "XII"]  # Cyrillic look-alikes read as Latin
    assert [a.heading for a in treaty.articles][:2] == ["Определения", "Задачи"]
    # the law has no enacting formula: its one point ratifies
    assert [a.relation for a in extract_facts(version.document, version.language).approvals] == ["ratifies"]


KK_IZMIR = """\
# Измир Шартын бекiту туралы

Измирде (Түркия) 1996 жылғы 14 қыркүйекте қол қойылған ИзмирШарты бекiтiлсiн.

Қазақстан РеспубликасыныңПрезидентi

# Измир шарты

Афганистан Ислам Мемлекетінің және Қазақстан Республикасының Үкiметтерi:

төмендегілер туралы келісті:

## I - БапАнықтамалар

Осы Шартта терминдер мынаны білдіреді.

## III БапЫнтымақтастық принциптері

Ынтымақтастық принциптерге негізделеді.

## VIII - БАПАймақтық жоспарлау Кеңесі

Кеңес жоспарлайды.

## IХ - БапХатшылық

Хатшылық Тегеранда орналасқан.

## Х- БапМамандандырылған ұйымдар

Ұйымдар құрылады.
"""


def test_kazakh_article_headings_with_a_capital_bap_glued_to_their_titles(tmp_path):
    version = _parse(tmp_path, "kz-laws/kaz/850.md", KK_IZMIR)
    treaty = version.document.treaty
    assert treaty.title == "Измир шарты"
    assert [a.num for a in treaty.articles] == [1, 3, 8, 9, 10]
    assert [a.heading for a in treaty.articles] == ["Анықтамалар", "Ынтымақтастық принциптері",
                                                    "Аймақтық жоспарлау Кеңесі", "Хатшылық", "Мамандандырылған ұйымдар"]


RU_SECOND_PROTOCOL = """\
# О ратификации Второго протокола о внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года

Ратифицировать Второй протокол о внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года, \
совершенный в Астане 8 ноября 2018 года.

Президент Республики Казахстан

К. ТОКАЕВ

# ВТОРОЙ ПРОТОКОЛо внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года

Государства - участники Договора о коллективной безопасности (далее - Договор),

в соответствии со статьей 9 Договора договорились о нижеследующем:

1. Внести в Договор следующие изменения:

а) изложить заключительную часть в следующей редакции:

"Совершено в городе Ташкенте 15 мая 1992 года в одном подлинном экземпляре на русском языке.".

2. Настоящий Протокол вступает в силу с даты получения депозитарием последнего письменного уведомления.

Совершено в городе Астане 8 ноября 2018 года в одном подлинном экземпляре на русском языке.

За Республику Армения

За Республику Казахстан
"""


def test_an_ordinal_protocol_with_its_word_glued_and_a_quoted_closing_formula(tmp_path):
    version = _parse(tmp_path, "kz-laws/rus/141963.md", RU_SECOND_PROTOCOL)
    treaty, facts = version.document.treaty, extract_facts(version.document, version.language)
    # the heading is the whole title: the preamble under it is not read into it
    assert treaty.title == ("ВТОРОЙ ПРОТОКОЛ о внесении изменений в Договор о коллективной безопасности "
                            "от 15 мая 1992 года")
    # the closing formula the protocol quotes is part of point 1: the body has both points
    assert [p.num for p in treaty.body.children if getattr(p, "num", None)] == [1, 2]
    [signing] = [d for d in facts.dates if d.role == "signing"]
    assert signing.iso == "2018-11-08"
    # the act states the protocol's own date of signing, not the date of the treaty it amends
    [claimed] = [d for d in facts.dates if d.role == "signing-as-stated-by-act"]
    assert claimed.iso == "2018-11-08"


KK_SECTIONS = """\
# Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі арасында келісім жасасу туралы

Қазақстан Республикасының Үкіметі қаулы етеді:

1. Келісімнің жобасы мақұлдансын.

Қазақстан Республикасының Премьер-Министрі

Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі арасындағы азаматтардың сапарларының тәртібі \
жөніндегі келісім

Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен Куба Республикасының Үкіметі, мына \
төмендегілер туралы келісті:

I Бөлім

Жалпы ережелер

## 1-бап

Азаматтар сапар жасайды.

II БӨЛIМ Қызмет бабындағы сапарлар 2-бап

Азаматтар визасыз келе алады.

ІҮ Бөлім Жеке ісі бойынша сапарлар

## 3-бап

Азаматтар шақыру бойынша келеді.

ҮІ Бөлім Қорытынды ережелер

## 4-Бап

Осы Келісім күшіне енеді.
"""


def test_kazakh_sections_numbered_with_look_alikes_and_an_article_on_the_section_line(tmp_path):
    version = _parse(tmp_path, "kz-laws/kaz/240.md", KK_SECTIONS)
    treaty = version.document.treaty
    assert treaty.title.endswith("сапарларының тәртібі жөніндегі келісім")
    sections = treaty.body.sections
    assert [s.num for s in sections] == [1, 2, 4, 6]  # ІҮ is IV, ҮІ is VI (Kazakh Ү for V)
    assert [s.heading for s in sections][1] == "Қызмет бабындағы сапарлар"
    assert [[a.num for a in s.articles] for s in sections] == [[1], [2], [3], [4]]


def _closing_of(tmp_path, name: str, text: str):
    from treatykg.facts.closing import read_closing
    from treatykg.text.document import ClosingFormula

    version = _parse(tmp_path, name, text)
    [closing] = [n for n in version.document.treaty.walk() if isinstance(n, ClosingFormula)]
    return read_closing(closing)


def _treaty_with_closing(title: str, closing: str, signature: str) -> str:
    return (f"# {title}\n\nРатифицировать.\n\nПрезидент Республики Казахстан\n\n# {title}\n\n"
            f"Стороны договорились о нижеследующем:\n\n## Статья 1\n\nСтороны сотрудничают.\n\n"
            f"{closing}\n\n{signature}\n")


def test_closing_formulas_worded_in_the_ways_of_the_family(tmp_path):
    cases = [
        # ru: "заключено" inside the sentence, languages after "языках:"
        ("kz-laws/rus/1.md", "Настоящее Соглашение заключено в городе Анкара 3 сентября 1996 г. в двух подлинных "
         "экземплярах на четырех языках: казахском, турецком, русском и английском, причем все тексты имеют "
         "одинаковую силу.", "За Правительство Республики Казахстан", (2, ["kk", "tr", "ru", "en"], None, "Анкара")),
        # ru: one original, a prevailing text in a sentence about divergence
        ("kz-laws/rus/2.md", "Совершено в г. Минске 10 июня 2009 года в одном подлинном экземпляре, каждый на "
         "казахском и русском языках. В случае возникновения разногласий в толковании положений настоящего "
         "Соглашения будет применяться текст на русском языке.", "За Правительство Республики Казахстан",
         (1, ["kk", "ru"], "ru", "Минске")),
        # kk: "дана болып … жасалды", a list with a comma before "және" and a word glued to "және"
        ("kz-laws/kaz/3.md", "Газа қаласында 1995 жылғы 27 желтоқсанда әрқайсысы екі дана болып, қазақ, араб, "
         "жәнеорыс тілдерінде жасалды, сондай-ақ барлық мәтіннің күші бірдей. Түсіндіруде келіспеушіліктер "
         "туындаған жағдайда орыс тіліндегі мәтін қолданылады.", "Қазақстан Республикасының Үкіметі үшін",
         (2, ["kk", "ar", "ru"], "ru", "Газа")),
        # kk: a locative place before the date, "бір төлнұсқа данада"
        ("kz-laws/kaz/4.md", "Минскіде 1996 жылғы 17 қаңтарда орыс тілінде бір төлнұсқа данада жасалды.",
         "Қазақстан Республикасының Үкіметі үшін", (1, ["ru"], None, "Минскіде")),
        # ru: "разночтений", and the text "of the Agreement" on the prevailing language (337, 207)
        ("kz-laws/rus/6.md", "Совершено в г. Газе 27 декабря 1995 года в двух экземплярах, каждый на казахском, "
         "арабском и русском языках. В случае разночтений Договаривающиеся Стороны будут руководствоваться текстом "
         "Соглашения на русском языке.", "За Правительство Республики Казахстан",
         (2, ["kk", "ar", "ru"], "ru", "Газе")),
        # kk: "жылдың … шілдесінде" (354), a day in quotes with a space ("«14 »", 73105)
        ("kz-laws/kaz/7.md", "Астана қаласында 2000 жылдың 8 шілдесінде орыс тілінде бір түпнұсқа данада жасалды.",
         "Қазақстан Республикасының Үкіметі үшін", (1, ["ru"], None, "Астана")),
        ("kz-laws/kaz/8.md", "2012 жылғы «14 » мамырда Минск қаласында әрқайсысы қазақ және орыс тілдерінде екі "
         "данада жасалды.", "Қазақстан Республикасының Үкіметі үшін", (2, ["kk", "ru"], None, "Минск")),
    ]
    for name, closing, signature, (originals, languages, prevailing, place) in cases:
        facts, date, where = _closing_of(tmp_path, name, _treaty_with_closing("Соглашение о сотрудничестве", closing,
                                                                              signature))
        assert (facts.originals, facts.languages, facts.prevailing) == (originals, languages, prevailing), name
        assert where is not None and where.as_written == place, name
        assert date is not None and date.complete, name


def test_a_quoted_closing_formula_and_a_point_of_an_article_do_not_close_the_body(tmp_path):
    text = _treaty_with_closing(
        "Соглашение о сотрудничестве",
        "## Статья 2\n\n4. Настоящий Договор составлен в одном экземпляре-оригинале на английском языке.\n\n"
        "## Статья 3\n\nСтороны консультируются.\n\nСовершено в Измире 1 мая 1996 года в одном экземпляре.",
        "За Правительство Республики Казахстан")
    version = _parse(tmp_path, "kz-laws/rus/5.md", text)
    assert [a.num for a in version.document.treaty.articles] == [1, 2, 3]


def test_entry_into_force_a_notification_and_the_delay_after_it():
    from treatykg.facts.clauses import _entry_into_force

    cases = [
        ("ru", "Настоящее Соглашение вступит в силу через 60 дней после того, как Договаривающиеся Стороны письменно "
               "уведомят друг друга о завершении внутренних процедур.", "notification", "P60D"),
        ("ru", "Настоящее Соглашение вступает в силу с даты письменного уведомления Сторонами друг друга о выполнении "
               "ими необходимых внутригосударственных процедур.", "notification", None),
        ("ru", "Настоящее Соглашение вступает в силу на тридцатый день после получения депозитарием последнего "
               "уведомления.", "last-notification", "P30D"),
        ("ru", "Настоящее Соглашение вступает в силу после его утверждения Правительствами Сторон.", "other", None),
        ("kk", "Осы Келісім Уағдаласушы Тараптар бір-бірін хабардар еткен соң 60 күннен кейін күшіне енеді.",
         "notification", "P60D"),
        ("kk", "Осы Келісім Тараптардың бекітуграмоталарын алмасқан күнінен бастап отызыншы күні күшіне енеді.",
         "other", "P30D"),
        ("kk", "Осы Хаттама Тараптардың Үкіметі бекіткеннен кейін күшіне енеді.", "other", None),
        ("kk", "Осы Хаттаманың күшіне енуі үшін қажетті рәсімдерді Тараптардың орындағаны туралы соңғы жазбаша "
               "хабарлама алынған күннен бастап осы Хаттама күшіне енеді.", "last-notification", None),
    ]
    for language, sentence, kind, delay in cases:
        found = _entry_into_force(sentence, language)
        assert found is not None and found["condition"], sentence
        assert (found["condition_kind"], found.get("delay")) == (kind, delay), sentence
    # amendments that enter into force are not the treaty's entry into force
    assert _entry_into_force("Осы Шартқа өзгерістер мен толықтырулар өзара келісім бойынша енгізіледі және заңдық "
                             "ресімдер орындалғаннан кейін күшіне енеді.", "kk") is None


def test_the_gold_delay_is_read_from_the_condition_as_written():
    from treatykg.evaluation.fields import condition_delay

    assert condition_delay("60 days after the Parties notify each other (Art. 9)") == "P60D"
    assert condition_delay("subject to ratification; 30th day after exchange of instruments (Art. 6)") == "P30D"
    assert condition_delay("on the thirtieth day after the depositary receives the last notification") == "P30D"
    assert condition_delay("date of receipt of the last written notification (Art. 12)") is None


def test_a_termination_notice_is_the_period_after_the_word_of_termination():
    from treatykg.facts.clauses import _termination

    text = ("Настоящее Соглашение вступит в силу через 60 дней после того, как Стороны уведомят друг друга, и будет "
            "действовать, если не последует письменного уведомления одной из Сторон о прекращении его действия по "
            "истечении шести месяцев с даты получения такого уведомления.")
    assert _termination(text, "ru")["notice"] == "P6M"


RU_INTRO_BEFORE_NUMBERED = """\
# Об утверждении Соглашения между Правительством Республики Казахстан и Правительством Турецкой Республики

Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:

1. Утвердить Соглашение между Правительством Республики Казахстан и Правительством Турецкой Республики.

Премьер-Министр Республики Казахстан

# Соглашение между Правительством Республики Казахстан и Правительством Турецкой Республики о сотрудничестве

Правительство Республики Казахстан и Правительство Турецкой Республики, именуемые в дальнейшем Сторонами,

согласились о нижеследующем:

### Статья III

Для целей настоящего Соглашения применяются термины:

1. "Материалы" означает вооружение и военную технику.

2. "Услуги" означает техническое содействие.

### Статья IV

Стороны сотрудничают.
"""


def test_an_unnumbered_paragraph_before_numbered_ones_is_an_intro_with_an_eid_of_its_own(tmp_path):
    # kazakhstan-law-government 2108 art. III: the intro counted by position took "para_1", as did the point "1."
    version = _parse(tmp_path, "kz-laws/rus/2108.md", RU_INTRO_BEFORE_NUMBERED)
    article = version.document.treaty.articles[0]
    eids = [child.eid for child in article.children if getattr(child, "eid", None)]
    assert eids == ["art_3__intro_1", "art_3__para_1", "art_3__para_2"]
    assert len(set(eids)) == len(eids)


KK_WITHOUT_TRANSLATION = """\
# Қазақстан Республикасы Үкіметі мен Беларусь Республикасы Үкіметі арасындағы Келісімді бекіту туралы

Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:

1. Қазақстан Республикасы Үкіметі мен Беларусь Республикасы Үкіметі арасындағы Келісім бекітілсін.

Қазақстан Республикасының Премьер-Министрі

# Соглашение между Правительством Республики Казахстан и Правительством Республики Беларусь о мерах

## (Қазақша аудармасы жоқ, тексті орысшадан қараңыз)

Правительство Республики Казахстан и Правительство Республики Беларусь, в дальнейшем именуемые Сторонами,

согласились о нижеследующем:

### Статья 1

Стороны сотрудничают.
"""


def test_a_note_that_a_version_has_no_translation_is_an_editorial_note_not_the_preamble(tmp_path):
    # kazakhstan-law-government 160 (kaz.md): the note was read into the preamble, which then had two texts
    version = _parse(tmp_path, "kz-laws/kaz/160.md", KK_WITHOUT_TRANSLATION)
    treaty = version.document.treaty
    notes = [n for n in treaty.walk() if type(n).__name__ == "Note"]
    assert [n.text.strip() for n in notes] == ["(Қазақша аудармасы жоқ, тексті орысшадан қараңыз)"]
    assert "аудармасы" not in treaty.preamble.text
    assert treaty.preamble.text.lstrip().startswith("Правительство Республики Казахстан")


KK_TITLE_OVER_PLAIN_LINES = """\
# Экономика саласындағы ынтымақтастық туралы келісімді бекіту туралы

Қазақстан Республикасының Үкіметі қаулы етеді:

1995 жылғы 27 желтоқсанда Газада қол қойылған келісім бекітілсін.

**Қазақстан Республикасының Премьер-Министрі**

Қазақстан Республикасының Үкіметі мен Палестина

Мемлекетінің Үкіметі арасында Экономика және өндіріс

саласындағы ынтымақтастық туралы

КЕЛІСІМ

Қазақстан Республикасының Үкіметі мен Палестина Мемлекетінің Үкіметі, бұдан былай Уағдаласушы Тараптар деп аталатын,

төмендегілер туралы келісті:

## 1-бап

Уағдаласушы Тараптар ынтымақтастықты дамытады.
"""


def test_a_kazakh_title_over_plain_lines_ending_in_its_treaty_word_is_the_treaty_title_not_the_signers_office(
        tmp_path):
    # kazakhstan-law-government 3203 (kaz.md): the title was read into the act's signature as the signer's office
    version = _parse(tmp_path, "kz-laws/kaz/3203.md", KK_TITLE_OVER_PLAIN_LINES)
    document = version.document
    assert document.treaty.title == ("Қазақстан Республикасының Үкіметі мен Палестина Мемлекетінің Үкіметі арасында "
                                     "Экономика және өндіріс саласындағы ынтымақтастық туралы КЕЛІСІМ")
    [person] = extract_facts(document, "kk").persons
    assert person.office == "Қазақстан Республикасының Премьер-Министрі"


def test_a_note_that_an_annex_has_no_translation_under_the_acts_signature_is_a_note(tmp_path):
    # kazakhstan-law-government 2343 / 148 (kaz.md): the note was read into the signer's office
    text = KK_TITLE_OVER_PLAIN_LINES.replace(
        "**Қазақстан Республикасының Премьер-Министрі**\n",
        "**Қазақстан Республикасының Премьер-Министрі**\n\n(Қосымшаның қазақша аудармасы жоқ, орысша тексті қараңыз)\n")
    document = _parse(tmp_path, "kz-laws/kaz/2343.md", text).document
    assert [n.text.strip() for n in document.act.notes] == ["(Қосымшаның қазақша аудармасы жоқ, орысша тексті қараңыз)"]
    [person] = extract_facts(document, "kk").persons
    assert person.office == "Қазақстан Республикасының Премьер-Министрі"


RU_ANNEX_UNDER_ITS_OWN_TITLE = """\
# Об утверждении Соглашения между Правительством Республики Казахстан и Правительством Российской Федерации

Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:

1. Утвердить Соглашение между Правительством Республики Казахстан и Правительством Российской Федерации.

**Премьер-Министр Республики Казахстан**

## Соглашение между Правительством Республики Казахстан и Правительством Российской Федерации о сотрудничестве

Правительство Республики Казахстан и Правительство Российской Федерации, именуемые в дальнейшем Сторонами,

согласились о нижеследующем:

### Статья 1

Стороны реализуют совместную Программу, являющуюся неотъемлемой частью настоящего Соглашения.

Совершено в городе Астана 24 сентября 1999 года в двух экземплярах.

За Правительство Республики Казахстан

За Правительство Российской Федерации

### Программа приграничного сотрудничества регионов на 1999-2007 годы

I. Цель и важнейшие направления Программы

Программа подготовлена в соответствии с Протоколом встречи делегаций.
"""


def test_a_heading_after_the_signatures_starts_an_annex_not_more_signatures(tmp_path):
    # kazakhstan-law-government 5877: the programme annexed under its own title was read as signatures
    treaty = _parse(tmp_path, "kz-laws/rus/5877.md", RU_ANNEX_UNDER_ITS_OWN_TITLE).document.treaty
    [annex] = treaty.annexes
    assert annex.kind == "annex"
    assert annex.title.startswith("Программа приграничного сотрудничества")
    signatures = [s.text for s in treaty.walk() if type(s).__name__ == "Signature"]
    assert len(signatures) == 2 and not any("Программа" in s for s in signatures)


KK_ANNEX_CAPTION_OVER_LINES = """\
# Техникалық жәрдем көрсету туралы хаттаманы ратификациялау туралы

Қазақстан Республикасы мен Қырғыз Республикасы арасындағы Техникалық жәрдем көрсету туралы хаттама ратификациялансын.

Қазақстан Республикасының Президенті

# Қазақстан Республикасының Үкіметі мен Қырғыз Республикасының Үкіметі арасындағы Техникалық жәрдем туралы хаттама

Қазақстан Республикасының Үкіметі мен Қырғыз Республикасының Үкіметі, бұдан әрі Тараптар деп аталатын,

төмендегілер туралы келісті:

## 1-бап

Тараптар осы Хаттамаға қосымшаға сәйкес техникалық жәрдем көрсетеді.

2017 жылғы 20 қарашада Бішкек қаласында екі данада жасалды.

Қазақстан Республикасының Үкіметі үшін

Қырғыз Республикасының Үкіметі үшін

Қазақстан Республикасының

Үкіметі мен Қырғыз

Республикасының Үкіметі

арасындағы Техникалық жәрдем

көрсету туралы хаттамаға

қосымша

##  Қырғыз Республикасына техникалық жәрдем көрсету іс-шараларының тізбесі

1. Жол карталары.
"""


def test_a_kazakh_annex_caption_over_lines_ending_in_its_word_for_annex_starts_the_annex(tmp_path):
    # kz-laws 113466 (kaz): the caption "… туралы хаттамаға / қосымша" and the list under it were read as signatures
    treaty = _parse(tmp_path, "kz-laws/kaz/113466.md", KK_ANNEX_CAPTION_OVER_LINES).document.treaty
    [annex] = treaty.annexes
    assert annex.kind == "annex"
    assert annex.title == "Қазақстан Республикасының"  # the caption, from its first line, heads the annex
    signatures = [s.text for s in treaty.walk() if type(s).__name__ == "Signature"]
    assert [s.strip() for s in signatures] == ["Қазақстан Республикасының Үкіметі үшін",
                                               "Қырғыз Республикасының Үкіметі үшін"]


def test_a_note_of_publication_under_the_title_is_a_note_and_the_entry_into_force_note_after_it_is_read(tmp_path):
    # kazakhstan-law-government 5877 (rus.md): "(Бюллетень …)" ended the notes, so "(Вступило в силу 23 мая 2000 года
    # …)" was read into the preamble and the date of entry into force was lost
    text = ("# Об утверждении Соглашения\n\nПравительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n\n"
            "1. Утвердить Соглашение между Правительством Республики Казахстан и Правительством России.\n\n"
            "**Премьер-Министр Республики Казахстан**\n\n"
            "## Соглашение между Правительством Республики Казахстан и Правительством Российской Федерации\n\n"
            "## (Бюллетень международных договоров РК, 2001 г., N 4, ст. 38)\n\n"
            "## (Вступило в силу 23 мая 2000 года - ж. \"Дипломатический курьер\", спецвыпуск N 2, сентябрь 2000 года)"
            "\n\nПравительство Республики Казахстан и Правительство Российской Федерации, именуемые в дальнейшем "
            "Сторонами,\n\nсогласились о нижеследующем:\n\n### Статья 1\n\nСтороны сотрудничают.\n")
    version = _parse(tmp_path, "kz-laws/rus/5877.md", text)
    facts = extract_facts(version.document, "ru")
    assert [e.date.iso for e in facts.editorial] == ["2000-05-23"]
    assert "Бюллетень" not in version.document.treaty.preamble.text


def test_a_note_in_brackets_wrapped_over_lines_is_one_note_and_the_parties_follow_it(tmp_path):
    # held-out kz-laws 8498: "(Вступил в силу 30 мая 2001 года -" / "Бюллетень …," / "2004 г., N 6, ст. 31)": only
    # the first line was a note, and the bulletin's name became the treaty's one party (a SHACL violation)
    text = ("# О ратификации Договора\n\nРатифицировать Договор.\n\nПрезидент Республики Казахстан\n\n"
            "# Договор об учреждении Евразийского экономического сообщества\n\n(Вступил в силу 30 мая 2001 года -\n\n"
            "Бюллетень международных договоров Республики Казахстан,\n\n2004 г., N 6, ст. 31)\n\n"
            "      Республика Беларусь, Республика Казахстан и Российская Федерация, далее именуемые Договаривающимися "
            "Сторонами,\n\nсогласились о нижеследующем:\n\n## Статья 1\n\nТекст.\n")
    version = _parse(tmp_path, "kz-laws/rus/8498.md", text)
    facts = extract_facts(version.document, "ru")
    assert [e.date.iso for e in facts.editorial] == ["2001-05-30"]
    assert [p.state.code for p in facts.parties] == ["BLR", "KAZ", "RUS"]
