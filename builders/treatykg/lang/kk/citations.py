"""How Kazakh texts cite other treaties (lang/citation_wording.py puts the languages together): the head nouns
of treaty titles, the ways a date is bound to them, the forms of citation, and generic references."""

from __future__ import annotations

import re

from treatykg.lang.citation_form import CitationForm
from treatykg.lang.kk.dates import MONTH_RE

_CAPITAL = "А-ЯӘҒҚҢӨҰҮҺІЁ"
_LOWER = "а-яәғқңөұүһіё"
_HEAD = r"(?i:келісім|шарт|конвенция|хаттама|декларация|меморандум)"
# A Kazakh head noun followed within three words by "туралы" is inside a longer title: "… туралы шартты ұзарту
# туралы хаттама", "… сапарларының шарттары туралы келісім" (шарттары: the conditions). It follows the whole word, so
# that a shorter ending does not get round it.
_NOT_INSIDE = r"(?!\w)(?!(?:\s+[^\s,;:]+){0,3}\s+(?i:туралы|жөніндегі)(?!\w))"
_DATE = r"\d{4}\s+жыл(?:ғы|ы)\s+\d{1,2}\s+\w+"
# "1963 жылғы 24 сәуірдегі": the date as a modifier of the title that follows it
# "1963 жылғы 24 сәуірдегі"; "1995 жылғы 6 және 20 қаңтардағы … келісімдер": two treaties, of two days of one month
_DATE_ADJECTIVE = (rf"\d{{4}}\s+жылғы\s+(?:\d{{1,2}}\s+және\s+)?\d{{1,2}}\s+(?:{MONTH_RE})"
                      r"(?:дағы|дегі|тағы|тегі)")
# The words that make a Kazakh title: "… туралы", "… жөніндегі", "A мен B арасындағы", "… саласындағы".
TITLE_WORDS = re.compile(r"(?<!\w)(?:туралы|жөніндегі|арасындағы|саласындағы|мақсатында)(?!\w)", re.I)
# "2008 жылғы 30 қыркүйекте Минск қаласында қол қойылған Қазақстан Республикасы мен Беларусь Республикасы
#  арасындағы құпия ақпаратты өзара қорғау туралы келісімге сәйкес"; "1999 жылғы 2 сәуірде Мәскеуде қол қойылған
#  және 2000 жылғы 22 наурызда күшіне енген 1992 жылғы 15 мамырдағы Ұжымдық қауіпсіздік туралы шартты ұзарту туралы
#  хаттамаға"; "1993 жылы 18 қарашада Пекин қаласында қол қойылған … туралы бiрiккен Декларацияны" (a word may stand
#  between "туралы" and the head noun)
CITED = (CitationForm(re.compile(
    rf"(?P<date>{_DATE})\s+(?:(?P<place>[{_CAPITAL}][\w-]+?)(?:\s+қаласында|да|де|та|те)\s+)?"
    rf"(?:қол\s+қойылған|жасалған)(?:\s+және\s+{_DATE}\s+күшіне\s+енген)?,?\s+"
    rf"(?P<title>[^;:]*?(?:туралы|жөніндегі)\s+(?:[^\s,;:]+\s+)?(?P<head>{_HEAD}))(?P<suffix>\w*){_NOT_INSIDE}",
    re.I), place_language="kk"))
# "Кеңестік Социалистік Республикалар Одағы мен Америка Құрама Штаттары арасындағы … туралы 1987 жылғы 15 қыркүйектегі
#  келісімді", "… байланыс желісін орнату мақсатында 1993 жылғы 13 желтоқсандағы келісімнің": the date stands between
#  the subject and the head noun. The title starts at a capital, not at "Осы" (this treaty), and holds a comma only
#  before a small letter ("Достық, ынтымақтастық және өзара көмек туралы"): a comma before a capital ends the
#  citation before it.
_DATED_HEAD_LINK = r"(?:туралы|жөніндегі|арасындағы|мақсатында)"
CITED_DATED_HEAD = (CitationForm(
    re.compile(rf"(?P<title>(?!Осы\s)(?<!Осы\s)(?<!осы\s)[{_CAPITAL}](?:[^,;:]"
        rf"|,(?=\s*[{_LOWER}]))*?\s+(?i:{_DATED_HEAD_LINK}))\s+(?P<date>{_DATE})\s+"
               rf"(?P<head>{_HEAD})(?P<suffix>\w*)"),
    # the pattern tries every letter as the start of a title and scans on to the next comma from each, which is slow
    # on long provisions: a text without this run is not searched
    cue=re.compile(rf"{_DATED_HEAD_LINK}\s+{_DATE}\s+{_HEAD}", re.I)))
# "1963 жылғы 24 сәуірдегі Консулдық қатынастар туралы Вена конвенциясының", "1997 жылғы 8 сәуірдегі Қазақстан
#  Республикасы мен Қырғыз Республикасы арасындағы Әскери саладағы ынтымақтастық туралы шарттың"
CITED_DATE_FIRST = (CitationForm(
    re.compile(rf"(?P<date>{_DATE_ADJECTIVE})\s+(?P<title>(?:(?!\d{{4}}\s+жылғы)[^;:\s]+\s+){{0,30}}?"
               rf"(?<!\w){_HEAD})(?P<suffix>\w*){_NOT_INSIDE}"),
    title_needs=TITLE_WORDS))
# "… спорт саласындағы ынтымақтастықты тереңдету туралы Келісіміне (10.01.94)": the date in figures, in brackets
CITED_DATE_IN_BRACKETS = CitationForm(
    re.compile(rf"(?P<title>[{_CAPITAL}][^;:()]*?(?<!\w){_HEAD})(?P<suffix>\w*)\s*"
               r"\((?P<numeric>\d{1,2}\.\d{1,2}\.\d{2,4})\)"),
    cue=re.compile(r"\(\d{1,2}\.\d{1,2}\.\d{2,4}\)"), title_needs=TITLE_WORDS)

_TO_CONCLUDE_HEAD = r"(?:Келісім-шарт|Келісім|Шарт|Хаттама|Меморандум|Конвенция)"
TO_CONCLUDE = (CitationForm(re.compile(
    rf"(?<=\s)(?!Тарап)(?P<title>[{_CAPITAL}][^.;:]{{0,300}}?(?<!\w)(?:туралы|жөніндегі)\s+"
    rf"(?P<head>{_TO_CONCLUDE_HEAD}))(?P<suffix>\w*)\s+жасас(?:ады|ын|уға)(?!\w)"),
    cue=re.compile(r"жасас(?:ады|ын|уға)(?!\w)"), title_needs=TITLE_WORDS))
MEETING_PROTOCOL = (CitationForm(re.compile(
    rf"(?<!\w)жасалған\s+(?P<title>[{_CAPITAL}][^.;:,]{{0,200}}?(?:делегация|кездесу|келіссөз)\w*\s+"
    rf"(?:[^\s.;:,]+\s+){{0,3}}?(?P<head>(?i:хаттама)))(?P<suffix>\w*){_NOT_INSIDE}"),
    cue=re.compile(r"(?i:делегация|кездесу|келіссөз)\w*\s+(?:[^\s.;:,]+\s+){0,3}?(?i:хаттама)")))
ARTICLE_OF_BARE_HEAD = (CitationForm(re.compile(
    r"(?<![\w-])(?P<title>(?P<head>Келісім|Шарт|Конвенция|Хаттама|Меморандум))(?P<suffix>(?!-)\w*)\s+\d+-(?:бап"
        r"|баб)\w*"),
    bare=True))
# Two days of one month that a date joins ("1995 жылғы 6 және 20 қаңтардағы"): "және".
AND = r"және"
# The citing text names the treaty itself: "осы Келісімнің".
SELF_WORDS = r"осы"
# The Charter of the United Nations, cited without a date: "Біріккен Ұлттар Ұйымының Жарғысы", "БҰҰ Жарғысы".
UN_CHARTER = r"(?:Біріккен\s+Ұлттар\s+Ұйымы(?:ның)?|БҰҰ)\s+Жарғы\w*"
# The General Agreement on Tariffs and Trade, alone or paired with the World Trade Organization: "Дүниежүзілік сауда
# ұйымының/Тарифтер және сауда жөніндегі бас келісіміне" (the WTO named alone is an organisation, not a treaty).
GATT = r"(?:Дүниежүзілік\s+сауда\s+ұйым\w*\s*/\s*)?Тарифтер\s+және\s+сауда\s+жөніндегі\s+бас\s+келісім\w*"
GATT_CUE = r"тариф"
# The kinds of treaty a head noun names ("Келісім-шарт" is a contract, not an agreement).
HEAD_KINDS = {"agreement": r"келісім(?!-шарт)", "treaty": r"шарт", "protocol": r"хаттама", "convention": r"конвенци",
              "memorandum": r"меморандум"}
# Generic references, by label: (pattern, cue): "ұлттық заңнама", "заңнамалар"; "басқа да халықаралық шарттар",
# "өзге халықаралық келісімдер".
GENERIC = {
    "national legislation of the Parties' states": (r"ұлттық\s+заңнама|заңнамалар", r"заңнама"),
    "other international treaties": (r"(?:басқа|өзге)\s+(?:да\s+)?халықаралық\s+(?:шарт|келісім)", r"халықаралық"),
}
# The parties a cited treaty's title names: "А мен Б арасындағы …".
TITLE_PARTIES = re.compile(r"^(?P<names>.+?)\s+арасындағы")
NAME_JOINERS = r"мен|және"
