"""How Russian texts cite other treaties (lang/citation_wording.py puts the languages together): the head nouns
of treaty titles, the ways a date is bound to them, the forms of citation, and generic references."""

from __future__ import annotations

import re

from treatykg.lang.citation_form import CitationForm
from treatykg.lang.ru.dates import MONTH_RE

# A Russian title starts at its head noun, or at the adjective before it ("Венской Конвенции", "Консульской
# Конвенцией", "Лиссабонского протокола"), and runs on to the date, without a full stop or a semicolon.
_HEAD = (r"(?:[Сс]оглашени(?:е|я|ю|ем|и|ям|ями|ях)|[Дд]оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?|[Кк]онвенци(?:я|и|ю|ей)"
            r"|[Пп]ротокол(?:а|у|ом|е|ы|ов)?|[Дд]еклараци(?:я|и|ю|ей)|[Мм]еморандум(?:а|у|ом|е)?)(?!\w)")
_ADJECTIVE = r"(?:(?!Настоящ|Данн|Эт)[А-ЯЁ][а-яё]+(?:ая|ой|ую|ое|ого|ому|ым|ом|ий|ый|ей)\s+)?"
# "настоящего Соглашения", "данным Договором": the treaty itself, not one it cites
_SELF = ("".join(rf"(?<!{word}\s)" for stem in ("настоящ", "Настоящ", "данн", "Данн")
                   for word in (stem + ending for ending in ("его", "ему", "им", "ее", "ий", "ем", "ым", "ого", "ому",
                                                            "ая", "ой", "ую"))))
_DATE = rf"\d{{1,2}}\s+(?:{MONTH_RE})\s+\d{{4}}\s*(?:года|г\.)"
_PLACE = r"в\s+(?:городе\s+|г\.\s*)?(?P<{name}>[А-ЯЁ][\w-]+)"
_TITLE = rf"(?P<title>{_SELF}{_ADJECTIVE}{_HEAD}[^;.]{{0,300}}?)"
# "Соглашения о сотрудничестве в области информации государств-членов СНГ, подписанного 9 октября 1992 года в
#  городе Бишкеке", "Договора о коллективной безопасности (далее - Договор), подписанного в Ташкенте 15 мая 1992 года"
CITED_AFTER = (CitationForm(re.compile(
    rf"{_TITLE}(?:\s*\([^()]{{0,80}}\))?\s*,?\s+(?:подписанн|совершенн|заключенн)\w*\s+"
    rf"(?:{_PLACE.format(name='place')}\s+)?(?P<date>{_DATE})(?:\s+{_PLACE.format(name='place2')})?"),
    restart=True))
# "Договору между СССР и США о сокращении … от 31 июля 1991 года", "Венской Конвенции о консульских сношениях от
#  24 апреля 1963 года", "Декларацией … о вечной дружбе и союзничестве, ориентированном в XXI столетие, от 6 июля
#  1998 года"; "соглашениях о Таможенном союзе от 6 и 20 января 1995 года": two treaties, of two days of one month
CITED_FROM = (CitationForm(re.compile(rf"{_TITLE}\s*,?\s+от\s+(?P<date>(?:\d{{1,2}}\s+и\s+)?{_DATE})"),
                             restart=True))
# "Соглашение … об условиях взаимных поездок граждан от 10.01.1985 г.", "Соглашением … (10.01.94)"
CITED_IN_FIGURES = (CitationForm(re.compile(
    rf"{_TITLE}\s*(?:,?\s+от\s+(?P<numeric>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})(?:\s*г\.)?(?![\d.]?\d)"
    r"|\((?P<numeric2>\d{1,2}\.\d{1,2}\.\d{2,4})\))"), restart=True))
JOINED = re.compile(r"(?:,|(?<!\w)и)\s*$")
# A treaty the parties undertake to conclude, named by its title (a capitalised head noun, so not "заключать
# соглашения", any agreements): "Стороны … заключат Контракт о порядке подготовки военнослужащих …", "Тараптар …
# first capital after the parties).
_TO_CONCLUDE_HEAD = r"(?:Контракт|Соглашение|Договор|Протокол|Меморандум|Конвенцию)"
TO_CONCLUDE = (CitationForm(re.compile(
    rf"(?<!\w)заключ(?:ат|ают|ить)\s+(?P<title>{_TO_CONCLUDE_HEAD}\s+(?:о|об|по)\s+[^.;:]{{1,300}}?)"
    r"(?=\s*(?:[.;:]|,\s+котор|$))"), cue=re.compile(r"заключ")))
# The protocol of a meeting of delegations, cited by its title and the meeting it records, which a range of days
# dates rather than a signing: "Протоколом рабочей встречи делегации Республики Казахстан и Республики Узбекистан,
MEETING_PROTOCOL = (CitationForm(re.compile(
    r"(?P<title>Протокол\w*\s+(?:рабоч\w+\s+)?(?:встреч|переговор|заседани|совещани)\w*\s+[^,;.]{1,200}?)"
    r",\s+состоявш"), cue=re.compile(r"состоявш")))
# An article of a treaty named by its capitalised head noun alone, without a title or a date: "в соответствии со
ARTICLE_OF_BARE_HEAD = (CitationForm(re.compile(
    r"(?<!\w)стать(?:я|и|ей|е|ю)\s+\d+\s+(?P<title>(?:Соглашени|Договор|Конвенци|Протокол|Меморандум)\w*)"
    r"(?!\w)(?!\s+(?:о|об|между|по|к|с|от)\s)(?!\s*[(,]?\s*(?:подписанн|совершенн|заключенн))"), bare=True))
# A Russian title found from its head noun restarts at a later head noun that follows a date or that a comma or
# "и" joins: "соглашениях … от 6 и 20 января 1995 года и учитывая положения Договора о …", "Договором … от 25 мая
# 1992 года, Декларацией … , подписанной …". A head noun that depends on a word ("Протокола о продлении Договора …")
# stays inside.
TITLE_HEAD = re.compile(rf"{_ADJECTIVE}{_HEAD}")
# Two days of one month that a date joins ("6 и 20 января 1995 года"): "и".
AND = r"и"
# The citing text names the treaty itself: "настоящего Соглашения", "данного", "этого".
SELF_WORDS = r"настоящ\w*|данн\w*|этого|этому|этим"
# The Charter of the United Nations, cited without a date: "Устав Организации Объединенных Наций", "Устава ООН",
# "Хартии ООН".
UN_CHARTER = r"(?:Устав|Харти)\w*\s+(?:(?:Организации\s+)?Объединенных\s+Наций|ООН)"
# The General Agreement on Tariffs and Trade, alone or paired with the World Trade Organization: "Генеральным
# Соглашением по тарифам и торговле/Всемирной торговой организации".
GATT = (r"Генеральн\w+\s+соглашени\w+\s+по\s+тарифам\s+и\s+торговле"
        r"(?:\s*/\s*Всемирн\w+\s+торгов\w+\s+организаци\w+)?")
GATT_CUE = r"тариф"
# The kinds of treaty a head noun names.
HEAD_KINDS = {"agreement": r"соглашени", "treaty": r"договор", "protocol": r"протокол", "convention": r"конвенци",
              "memorandum": r"меморандум"}
# Generic references, by label: (pattern, cue): "национального законодательства", "законодательством государств /
# обоих / их"; "другими международными договорами", "иных международных соглашений", "международных договоров,
# участниками которых".
GENERIC = {
    "national legislation of the Parties' states": (
        r"национальн\w*\s+законодательств|законодательств\w*\s+(?:государств|обоих|их)", r"законодательств"),
    "other international treaties": (
        r"(?:други\w+|ины\w+)\s+международн\w+\s+(?:договор|соглашени)|международн\w+\s+договор\w*,\s+участник",
        r"международн"),
}
# The parties a cited treaty's title names: "… между А и Б о …".
TITLE_PARTIES = re.compile(r"между\s+(?P<names>.+?)(?:\s+(?:о|об|по|относительно)\s|$)")
NAME_JOINERS = r"и"
