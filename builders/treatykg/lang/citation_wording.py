"""How treaties cite other treaties (with what they claim about them: title, parties, date, place), and the
generic references to national legislation and other treaties.

A citation is found by its frame: the head noun of a treaty's title (Соглашение, Договор, Конвенция, Протокол,
Декларация, Меморандум; келісім, шарт, конвенция, хаттама, декларация, меморандум) bound to a date by the way the
languages write it ("… от 24 апреля 1963 года", "…, подписанного в Ташкенте 15 мая 1992 года", "(10.01.94)";
"1963 жылғы 24 сәуірдегі … конвенциясы", "1992 жылғы 15 мамырда Ташкентте қол қойылған … шарт", "… туралы 1998
жылғы 6 шілдедегі декларация"). The Charter of the United Nations and the General Agreement on Tariffs and Trade are
cited by their names, without a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatykg.lang.dates import KK_MONTH_RE, RU_MONTH_RE


@dataclass(frozen=True)
class CitationForm:
    """One way of citing a treaty.

    Groups: ``title`` (as written; where it holds ``head``, the head noun's ending, ``suffix``, is left out, so that a
    Kazakh title ends in its nominative), ``head`` after ``title`` where the date stands between the two, ``date``
    (in words) or ``numeric`` (in figures), ``place`` / ``place2`` (the signing place, before or after the date).
    """

    pattern: re.Pattern
    cue: re.Pattern | None = None          # every match holds the cue, searched first because it is faster
    title_needs: re.Pattern | None = None  # a title without this is not one (the words that make a Kazakh title)
    restart: bool = False                  # a Russian title found from its head noun: see RU_TITLE_RESTART
    # The language of its place: a Kazakh place is caught without its locative ending ("Минск" of "Минск
    # қаласында"), a Russian one in the case "в" governs ("в Минске").
    place_language: str = "ru"
    # A treaty named by its head noun alone ("статьей 2 Соглашения"): a citation only where neither the citing
    # treaty's own title nor an earlier citation names a treaty of that kind (else it is one of them).
    bare: bool = False


_KK_CAPITAL = "А-ЯӘҒҚҢӨҰҮҺІЁ"
_KK_LOWER = "а-яәғқңөұүһіё"
_KK_HEAD = r"(?i:келісім|шарт|конвенция|хаттама|декларация|меморандум)"
# A Kazakh head noun followed within three words by "туралы" is inside a longer title: "… туралы шартты ұзарту
# туралы хаттама", "… сапарларының шарттары туралы келісім" (шарттары: the conditions). It follows the whole word, so
# that a shorter ending does not get round it.
_KK_NOT_INSIDE = r"(?!\w)(?!(?:\s+[^\s,;:]+){0,3}\s+(?i:туралы|жөніндегі)(?!\w))"
_KK_DATE = r"\d{4}\s+жыл(?:ғы|ы)\s+\d{1,2}\s+\w+"
# "1963 жылғы 24 сәуірдегі": the date as a modifier of the title that follows it
# "1963 жылғы 24 сәуірдегі"; "1995 жылғы 6 және 20 қаңтардағы … келісімдер": two treaties, of two days of one month
_KK_DATE_ADJECTIVE = (rf"\d{{4}}\s+жылғы\s+(?:\d{{1,2}}\s+және\s+)?\d{{1,2}}\s+(?:{KK_MONTH_RE})"
                      r"(?:дағы|дегі|тағы|тегі)")
# The words that make a Kazakh title: "… туралы", "… жөніндегі", "A мен B арасындағы", "… саласындағы".
KK_TITLE_WORDS = re.compile(r"(?<!\w)(?:туралы|жөніндегі|арасындағы|саласындағы|мақсатында)(?!\w)", re.I)

# "2008 жылғы 30 қыркүйекте Минск қаласында қол қойылған Қазақстан Республикасы мен Беларусь Республикасы
#  арасындағы құпия ақпаратты өзара қорғау туралы келісімге сәйкес"; "1999 жылғы 2 сәуірде Мәскеуде қол қойылған
#  және 2000 жылғы 22 наурызда күшіне енген 1992 жылғы 15 мамырдағы Ұжымдық қауіпсіздік туралы шартты ұзарту туралы
#  хаттамаға"; "1993 жылы 18 қарашада Пекин қаласында қол қойылған … туралы бiрiккен Декларацияны" (a word may stand
#  between "туралы" and the head noun)
KK_CITED = CitationForm(re.compile(
    rf"(?P<date>{_KK_DATE})\s+(?:(?P<place>[{_KK_CAPITAL}][\w-]+?)(?:\s+қаласында|да|де|та|те)\s+)?"
    rf"(?:қол\s+қойылған|жасалған)(?:\s+және\s+{_KK_DATE}\s+күшіне\s+енген)?,?\s+"
    rf"(?P<title>[^;:]*?(?:туралы|жөніндегі)\s+(?:[^\s,;:]+\s+)?(?P<head>{_KK_HEAD}))(?P<suffix>\w*){_KK_NOT_INSIDE}",
    re.I), place_language="kk")
# "Кеңестік Социалистік Республикалар Одағы мен Америка Құрама Штаттары арасындағы … туралы 1987 жылғы 15 қыркүйектегі
#  келісімді", "… байланыс желісін орнату мақсатында 1993 жылғы 13 желтоқсандағы келісімнің": the date stands between
#  the subject and the head noun. The title starts at a capital, not at "Осы" (this treaty), and holds a comma only
#  before a small letter ("Достық, ынтымақтастық және өзара көмек туралы"): a comma before a capital ends the
#  citation before it.
_KK_DATED_HEAD_LINK = r"(?:туралы|жөніндегі|арасындағы|мақсатында)"
KK_CITED_DATED_HEAD = CitationForm(
    re.compile(rf"(?P<title>(?!Осы\s)(?<!Осы\s)(?<!осы\s)[{_KK_CAPITAL}](?:[^,;:]|,(?=\s*[{_KK_LOWER}]))*?\s+(?i:{_KK_DATED_HEAD_LINK}))\s+(?P<date>{_KK_DATE})\s+"
               rf"(?P<head>{_KK_HEAD})(?P<suffix>\w*)"),
    # the pattern tries every letter as the start of a title and scans on to the next comma from each, which is slow
    # on long provisions: a text without this run is not searched
    cue=re.compile(rf"{_KK_DATED_HEAD_LINK}\s+{_KK_DATE}\s+{_KK_HEAD}", re.I))
# "1963 жылғы 24 сәуірдегі Консулдық қатынастар туралы Вена конвенциясының", "1997 жылғы 8 сәуірдегі Қазақстан
#  Республикасы мен Қырғыз Республикасы арасындағы Әскери саладағы ынтымақтастық туралы шарттың"
KK_CITED_DATE_FIRST = CitationForm(
    re.compile(rf"(?P<date>{_KK_DATE_ADJECTIVE})\s+(?P<title>(?:(?!\d{{4}}\s+жылғы)[^;:\s]+\s+){{0,30}}?"
               rf"(?<!\w){_KK_HEAD})(?P<suffix>\w*){_KK_NOT_INSIDE}"),
    title_needs=KK_TITLE_WORDS)
# "… спорт саласындағы ынтымақтастықты тереңдету туралы Келісіміне (10.01.94)": the date in figures, in brackets
KK_CITED_DATE_IN_BRACKETS = CitationForm(
    re.compile(rf"(?P<title>[{_KK_CAPITAL}][^;:()]*?(?<!\w){_KK_HEAD})(?P<suffix>\w*)\s*"
               r"\((?P<numeric>\d{1,2}\.\d{1,2}\.\d{2,4})\)"),
    cue=re.compile(r"\(\d{1,2}\.\d{1,2}\.\d{2,4}\)"), title_needs=KK_TITLE_WORDS)

# A Russian title starts at its head noun, or at the adjective before it ("Венской Конвенции", "Консульской
# Конвенцией", "Лиссабонского протокола"), and runs on to the date, without a full stop or a semicolon.
_RU_HEAD = (r"(?:[Сс]оглашени(?:е|я|ю|ем|и|ям|ями|ях)|[Дд]оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?|[Кк]онвенци(?:я|и|ю|ей)"
            r"|[Пп]ротокол(?:а|у|ом|е|ы|ов)?|[Дд]еклараци(?:я|и|ю|ей)|[Мм]еморандум(?:а|у|ом|е)?)(?!\w)")
_RU_ADJECTIVE = r"(?:(?!Настоящ|Данн|Эт)[А-ЯЁ][а-яё]+(?:ая|ой|ую|ое|ого|ому|ым|ом|ий|ый|ей)\s+)?"
# "настоящего Соглашения", "данным Договором": the treaty itself, not one it cites
_RU_SELF = "".join(rf"(?<!{word}\s)" for stem in ("настоящ", "Настоящ", "данн", "Данн")
                   for word in (stem + ending for ending in ("его", "ему", "им", "ее", "ий", "ем", "ым", "ого", "ому",
                                                            "ая", "ой", "ую")))
_RU_TITLE = rf"(?P<title>{_RU_SELF}{_RU_ADJECTIVE}{_RU_HEAD}[^;.]{{0,300}}?)"
_RU_DATE = rf"\d{{1,2}}\s+(?:{RU_MONTH_RE})\s+\d{{4}}\s*(?:года|г\.)"
_RU_PLACE = r"в\s+(?:городе\s+|г\.\s*)?(?P<{name}>[А-ЯЁ][\w-]+)"
# "Соглашения о сотрудничестве в области информации государств-членов СНГ, подписанного 9 октября 1992 года в
#  городе Бишкеке", "Договора о коллективной безопасности (далее - Договор), подписанного в Ташкенте 15 мая 1992 года"
RU_CITED_AFTER = CitationForm(re.compile(
    rf"{_RU_TITLE}(?:\s*\([^()]{{0,80}}\))?\s*,?\s+(?:подписанн|совершенн|заключенн)\w*\s+"
    rf"(?:{_RU_PLACE.format(name='place')}\s+)?(?P<date>{_RU_DATE})(?:\s+{_RU_PLACE.format(name='place2')})?"),
    restart=True)
# "Договору между СССР и США о сокращении … от 31 июля 1991 года", "Венской Конвенции о консульских сношениях от
#  24 апреля 1963 года", "Декларацией … о вечной дружбе и союзничестве, ориентированном в XXI столетие, от 6 июля
#  1998 года"; "соглашениях о Таможенном союзе от 6 и 20 января 1995 года": two treaties, of two days of one month
RU_CITED_FROM = CitationForm(re.compile(rf"{_RU_TITLE}\s*,?\s+от\s+(?P<date>(?:\d{{1,2}}\s+и\s+)?{_RU_DATE})"),
                             restart=True)
# The first of two days of one month that a date joins ("6 и 20 января 1995 года", "1995 жылғы 6 және 20
# қаңтардағы"): the treaties cited are two, one of each day.
TWO_DAYS = re.compile(r"(?<!\d)(?P<first>\d{1,2})\s+(?:и|және)\s+(?=\d{1,2}\s)")
# "Соглашение … об условиях взаимных поездок граждан от 10.01.1985 г.", "Соглашением … (10.01.94)"
RU_CITED_IN_FIGURES = CitationForm(re.compile(
    rf"{_RU_TITLE}\s*(?:,?\s+от\s+(?P<numeric>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})(?:\s*г\.)?(?![\d.]?\d)"
    r"|\((?P<numeric2>\d{1,2}\.\d{1,2}\.\d{2,4})\))"), restart=True)
# A Russian title found from its head noun restarts at a later head noun that follows a date or that a comma or
# "и" joins: "соглашениях … от 6 и 20 января 1995 года и учитывая положения Договора о …", "Договором … от 25 мая
# 1992 года, Декларацией … , подписанной …". A head noun that depends on a word ("Протокола о продлении Договора …")
# stays inside.
RU_TITLE_HEAD = re.compile(rf"{_RU_ADJECTIVE}{_RU_HEAD}")
RU_JOINED = re.compile(r"(?:,|(?<!\w)и)\s*$")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# The citing text names the treaty itself, not another: "настоящего Соглашения", "осы Келісімнің".
SELF_REFERENCE = re.compile(r"(?<!\w)(?:настоящ\w*|данн\w*|этого|этому|этим|осы)\s*$", re.I)

# The Charter of the United Nations, cited without a date.
UN_CHARTER = CitationForm(re.compile(
    r"(?P<title>(?:Біріккен\s+Ұлттар\s+Ұйымы(?:ның)?|БҰҰ)\s+Жарғы\w*"
    r"|(?:Устав|Харти)\w*\s+(?:(?:Организации\s+)?Объединенных\s+Наций|ООН))", re.I))

# The General Agreement on Tariffs and Trade, cited by its name without a date, alone or paired with the World Trade
# Organization: "Генеральным Соглашением по тарифам и торговле/Всемирной торговой организации", "Дүниежүзілік сауда
# ұйымының/Тарифтер және сауда жөніндегі бас келісіміне" (the WTO named alone is an organisation, not a treaty).
GATT = CitationForm(re.compile(
    r"(?P<title>(?:Дүниежүзілік\s+сауда\s+ұйым\w*\s*/\s*)?Тарифтер\s+және\s+сауда\s+жөніндегі\s+бас\s+келісім\w*"
    r"|Генеральн\w+\s+соглашени\w+\s+по\s+тарифам\s+и\s+торговле(?:\s*/\s*Всемирн\w+\s+торгов\w+\s+организаци\w+)?)",
    re.I), cue=re.compile(r"тариф", re.I))

# A treaty the parties undertake to conclude, named by its title (a capitalised head noun, so not "заключать
# соглашения", any agreements): "Стороны … заключат Контракт о порядке подготовки военнослужащих …", "Тараптар …
# мақсатында Қырғыз Республикасының … даярлау тәртібі туралы Келісім-шарт жасасады" (the Kazakh title starts at the
# first capital after the parties).
_TO_CONCLUDE_RU_HEAD = r"(?:Контракт|Соглашение|Договор|Протокол|Меморандум|Конвенцию)"
RU_TO_CONCLUDE = CitationForm(re.compile(
    rf"(?<!\w)заключ(?:ат|ают|ить)\s+(?P<title>{_TO_CONCLUDE_RU_HEAD}\s+(?:о|об|по)\s+[^.;:]{{1,300}}?)"
    r"(?=\s*(?:[.;:]|,\s+котор|$))"), cue=re.compile(r"заключ"))
_TO_CONCLUDE_KK_HEAD = r"(?:Келісім-шарт|Келісім|Шарт|Хаттама|Меморандум|Конвенция)"
KK_TO_CONCLUDE = CitationForm(re.compile(
    rf"(?<=\s)(?!Тарап)(?P<title>[{_KK_CAPITAL}][^.;:]{{0,300}}?(?<!\w)(?:туралы|жөніндегі)\s+"
    rf"(?P<head>{_TO_CONCLUDE_KK_HEAD}))(?P<suffix>\w*)\s+жасас(?:ады|ын|уға)(?!\w)"),
    cue=re.compile(r"жасас(?:ады|ын|уға)(?!\w)"), title_needs=KK_TITLE_WORDS)

# The protocol of a meeting of delegations, cited by its title and the meeting it records, which a range of days
# dates rather than a signing: "Протоколом рабочей встречи делегации Республики Казахстан и Республики Узбекистан,
# состоявшихся в рамках рабочего визита … 20-21 апреля 2000 года", "Ташкент қаласында 2000 жылдың 20-21 сәуірінде …
# жасалған Қазақстан Республикасы және Өзбекстан Республикасы делегацияларының жұмысшы делегациясының хаттамасына".
RU_MEETING_PROTOCOL = CitationForm(re.compile(
    r"(?P<title>Протокол\w*\s+(?:рабоч\w+\s+)?(?:встреч|переговор|заседани|совещани)\w*\s+[^,;.]{1,200}?)"
    r",\s+состоявш"), cue=re.compile(r"состоявш"))
KK_MEETING_PROTOCOL = CitationForm(re.compile(
    rf"(?<!\w)жасалған\s+(?P<title>[{_KK_CAPITAL}][^.;:,]{{0,200}}?(?:делегация|кездесу|келіссөз)\w*\s+"
    rf"(?:[^\s.;:,]+\s+){{0,3}}?(?P<head>(?i:хаттама)))(?P<suffix>\w*){_KK_NOT_INSIDE}"),
    cue=re.compile(r"(?i:делегация|кездесу|келіссөз)\w*\s+(?:[^\s.;:,]+\s+){0,3}?(?i:хаттама)"))

# An article of a treaty named by its capitalised head noun alone, without a title or a date: "в соответствии со
# статьей 2 Соглашения", "Келісімнің 2-бабына сәйкес" (a protocol quoting the agreement it belongs to).
RU_ARTICLE_OF_BARE_HEAD = CitationForm(re.compile(
    r"(?<!\w)стать(?:я|и|ей|е|ю)\s+\d+\s+(?P<title>(?:Соглашени|Договор|Конвенци|Протокол|Меморандум)\w*)"
    r"(?!\w)(?!\s+(?:о|об|между|по|к|с|от)\s)(?!\s*[(,]?\s*(?:подписанн|совершенн|заключенн))"), bare=True)
KK_ARTICLE_OF_BARE_HEAD = CitationForm(re.compile(
    r"(?<![\w-])(?P<title>(?P<head>Келісім|Шарт|Конвенция|Хаттама|Меморандум))(?P<suffix>(?!-)\w*)\s+\d+-(?:бап|баб)\w*"),
    bare=True)

CITATIONS = (KK_CITED, KK_CITED_DATED_HEAD, KK_CITED_DATE_FIRST, KK_CITED_DATE_IN_BRACKETS,
             RU_CITED_AFTER, RU_CITED_FROM, RU_CITED_IN_FIGURES, UN_CHARTER, GATT, RU_TO_CONCLUDE, KK_TO_CONCLUDE,
             RU_MEETING_PROTOCOL, KK_MEETING_PROTOCOL, RU_ARTICLE_OF_BARE_HEAD, KK_ARTICLE_OF_BARE_HEAD)

# The kinds of treaty a head noun names, to tell whether a bare head noun may be the citing treaty or one it has
# already cited.
HEAD_KINDS = {
    "agreement": re.compile(r"соглашени|келісім(?!-шарт)", re.I),
    "treaty": re.compile(r"договор|шарт", re.I),
    "protocol": re.compile(r"протокол|хаттама", re.I),
    "convention": re.compile(r"конвенци", re.I),
    "memorandum": re.compile(r"меморандум", re.I),
}

# (label, pattern, cue): every match of the pattern holds its cue, which is searched first because it is faster
GENERIC = (
    ("national legislation of the Parties' states",
     re.compile(r"ұлттық\s+заңнама|заңнамалар|национальн\w*\s+законодательств|законодательств\w*\s+(?:государств|обоих"
                r"|их)", re.I),
     re.compile(r"заңнама|законодательств", re.I)),
    ("other international treaties",
     re.compile(r"(?:басқа|өзге)\s+(?:да\s+)?халықаралық\s+(?:шарт|келісім)|(?:други\w+|ины\w+)\s+международн\w+\s+"
                r"(?:договор|соглашени)|международн\w+\s+договор\w*,\s+участник", re.I),
     re.compile(r"халықаралық|международн", re.I)),
)
# The parties a cited treaty's title names: "А мен Б арасындағы …", "… между А и Б о …".
TITLE_PARTIES = (re.compile(r"^(?P<names>.+?)\s+арасындағы"),
                 re.compile(r"между\s+(?P<names>.+?)(?:\s+(?:о|об|по|относительно)\s|$)"))
BETWEEN_NAMES = re.compile(r"\s+(?:мен|және|и)\s+")
