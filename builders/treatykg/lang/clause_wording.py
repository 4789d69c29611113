"""The wording of a treaty's typed clauses (facts/clauses.py): the treaty naming itself, entry into force,
provisional application, duration, termination, amendment, dispute settlement, working language, costs,
non-affection and equally authentic texts.

Most entries are wording tables, ``{"kk": pattern, "ru": pattern}``, read with ``lang.wording.pattern``
(case-insensitive unless the clause rule says otherwise). Some rules look for the wording of both languages in a
sentence of either (as they always have); their tables are read with every language, which gives the patterns in
the order kk, ru. A pattern that exists in one language only is a plain constant whose name ends in the language.
"""

from __future__ import annotations

import re

from treatykg.lang.numbers import NUMBER

# --- the treaty naming itself ------------------------------------------------------------------------------------

# The nouns a treaty names itself with: Келісім, Шарт, Хаттама, Конвенция; Соглашение, Договор, Протокол, Конвенция
TREATY_NOUN = {
    "kk": r"(?:[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенция)",
    "ru": r"(?:Соглашени|Договор|Протокол|Конвенци)",
}
# nominative: "Осы Келісім күшіне енеді", "Настоящее Соглашение вступает в силу"
SELF_NOMINATIVE = {
    "kk": rf"\b[Оо]сы\s+{TREATY_NOUN['kk']}(?![\w-])",
    "ru": rf"(?<![Вв]\s)(?<!на\s)(?<!за\s)(?<!про\s)"   # "в настоящее Соглашение" is accusative
          rf"\b(?:[Нн]астоящ(?:ее|ий|ая)|[Дд]анн(?:ое|ый|ая))\s+{TREATY_NOUN['ru']}(?:е|я)?\b",
}
# Kazakh genitive at the start of a sentence whose verb is the treaty's entry into force: "Осы Хаттаманың күшіне енуі
# үшін қажетті … алынған күннен бастап осы Хаттама күшіне енеді"
SELF_GENITIVE_KK = re.compile(rf"^[Оо]сы\s+{TREATY_NOUN['kk']}\w*?(?:ның|нің|тың|тің|дың|дің)(?![\w-])")
# any case: "Осы Келісімді", "настоящего Соглашения"
SELF_ANY = {
    "kk": rf"\b(?:[Оо]сы|[Бб]ұл)\s+{TREATY_NOUN['kk']}\w*|\b{TREATY_NOUN['kk']}(?:нің|тің|дің|ның|ің)\s+қолданыс",
    "ru": rf"\b(?:[Нн]астоящ|[Дд]анн)\w*\s+{TREATY_NOUN['ru']}\w*|\b(?:его|ее|её)\s+(?:действи|вступлени)"
          rf"|\b[Дд]ействи\w*\s+{TREATY_NOUN['ru']}\w*",
}

# --- entry into force -------------------------------------------------------------------------------------------

# "күшіне енеді", "вступает в силу"
ENTRY_INTO_FORCE_VERB = {
    "kk": r"күшіне\s+ен(?:еді|етін\s+болады)",
    "ru": r"вступает\s+в\s+силу|вступит\s+в\s+силу",   # singular: the treaty, not its amendments
}
# The date of entry into force is deemed to be a moment (the condition, group "condition"): "Датой вступления
# Соглашения в силу будет считаться день получения более поздней ноты", "... нотаны алған күн осы Келісімнің күшіне
# енген датасы болып саналады".
DEEMED_ENTRY_DATE = {
    "kk": rf"^(?P<condition>\S.*?)\s+(?:осы\s+)?{TREATY_NOUN['kk']}\w*\s+күшіне\s+енген\s+(?:күні|датасы)\s+"
          r"(?:болып\s+)?(?:саналады|есептеледі)",
    "ru": rf"^[Дд]ат(?:ой|а)\s+вступлени\w+\s+(?:(?:настоящего|данного)\s+)?{TREATY_NOUN['ru']}\w*\s+в\s+силу\s+"
          r"(?:будет\s+)?(?:считаться|считается|является)\s+(?P<condition>.+?)\s*\.?$",
}
# A provisional entry into force is not the treaty's entry into force; the definitive one follows it in the sentence
# ("временно вступает в силу с даты его подписания, и окончательно вступит в силу с даты последнего уведомления",
# "... уақытша күшіне енеді және ... соңғы жазбаша хабарлама күнінен бастап толық күшіне енеді"). Matched at the
# text before the verb: the word that qualifies it.
PROVISIONAL_ENTRY = {"kk": r"уақытша\s*$", "ru": r"временно\s*$"}
DEFINITIVE_ENTRY = {"kk": r"\s(?:толық|түпкілікті)\s*$", "ru": r"\s(?:окончательно|полностью)\s*$"}
# The condition of entry into force as written, read case-sensitively, each language's in a sentence of either
# language (Russian first). Russian names it after the verb, from "с даты" to the end of the sentence ("вступает
# в силу с даты получения последнего письменного уведомления ..."); Kazakh before the verb, up to "бастап"
# (group 1: "... соңғы жазбаша хабарламаны алған күнінен бастап күшіне енеді").
# A condition may also be a moment ("когда обе Стороны подпишут его и уведомят ...", "... хабарлаған кезде", "...
# хабарландырғанда") or another treaty's entry into force ("одновременно с названным Соглашением", "... бір мезгілде").
CONDITION_FROM_DATE = {
    "kk": r"(\S.*?(?:(?:күн\w*|сәт\w*|кезде\w*)\s+бастап|кейін|соң|күні|кезде|\w+(?:ғанда|генде|қанда|кенде)"
          r"|бір\s+(?:мезгілде|уақытта)))\s*$",
    "ru": r"\b(?:(?:с|со)\s+(?:даты|дня|момента|числа)|через|по\s+истечении|спустя|после|на\s+\w+\s+день|в\s+день"
          r"|когда|как\s+только|одновременно\s+с)\b.*",
}
# A Russian condition can open the sentence, before the treaty names itself (case-sensitive, matched at the text before
# the subject): "Как только ратификационные грамоты будут сданы ..., настоящая Конвенция вступает в силу".
CONDITION_OPENING_RU = re.compile(
    r"(?:Как\s+только|После\s+того,?\s+как|После|Когда|(?:С|Со)\s+(?:даты|дня|момента)|По\s+истечении|Через"
    r"|На\s+\w+\s+день)\b.*")
# The entry into force comes a period after the condition is met (the delay): "через 60 дней", "по истечении
# тридцати дней", "на тридцатый день", "60 күннен кейін", "отыз күн өткен соң", "отызыншы күні", "30-күні" (groups:
# a number and its unit, or an ordinal day).
ENTRY_INTO_FORCE_DELAY = {
    "kk": rf"({NUMBER})\s+(күн|ай|апта)\w*\s+(?:өткен\w*\s+)?(?:кейін|соң)|\b(\w+(?:ыншы|інші|ншы|нші))\s+күні\b"
          r"|\b(\d+)\s*-\s*(?:ші|шы|інші|ыншы)?\s*күні\b",
    "ru": rf"(?:через|по\s+истечении|спустя)\s+({NUMBER})\s+(?:календарных\s+)?(дн\w*|день|месяц\w*|недел\w*)"
          r"|\bна\s+(\w+(?:ый|ой|ий))\s+день\b|\bна\s+(\d+)\s*-?\s*(?:й|ой|ый)?\s+день\b",
}
# A notification of any kind names the condition ("с даты письменного уведомления", "хабарлама алған күннен",
# "ескертуін алған", "бір-біріне мәлімдеген", "жазбаша мәлімдеме", "письменно информируют друг друга"): a
# notification condition, when it is not the last one.
# the Kazakh words for notice include the older "мағлұмат" ("жазбаша соңғы мағлұмат берген күннен бастап")
CONDITION_NOTIFICATION = {"kk": r"хабар|ескерту|нота|мәлімде|мағлұмат", "ru": r"уведом|\bнот[аыуе]\b|нотами|информир"}
# Where that condition stops (case-sensitive, split on): the Russian one before "; " or "и остается / будет /
# действует ..."; the Kazakh one begins after the last "-ады/-еді және" ("... жасалады және ... бастап").
CONDITION_BOUNDARY = {
    "kk": r"\b\w+(?:ады|еді|йды|йді)\s+және\s+",
    "ru": r"\s+и\s+(?:остается|остаётся|будет|действует)\b|;",
}
# A fixed calendar date of entry into force (case-sensitive): Russian "с" right before the date, searched in the
# text before it ("с 1 января 2002 года"); Kazakh "бастап" right after it, matched at the text after it ("2002 жылғы
# 1 қаңтардан бастап").
FROM_THE_DATE = {"kk": r"\w*\s+бастап", "ru": r"\b(?:с|со)\s*$"}
# the condition is the last notification: "соңғы жазбаша хабарламаны", "последнего письменного уведомления"
# (any word of CONDITION_NOTIFICATION), or the last of the notifications: "хабарламаларының соңғысы",
# "хабарламаны соңғысының тапсырған күнінен"; the later of two: "более поздней ноты", "неғұрлым кешеуілдетіп
# жіберілген нотаны"
LAST_NOTIFICATION = {
    "kk": r"(?:соңғы|неғұрлым\s+кеш\w*)\s+(?:\w+\s+){0,2}(?:хабар|ескерту|нота|мәлімде|мағлұмат)"
          r"|(?:хабар|ескерту|нота|мәлімде|мағлұмат)\w*\s+соңғы",
    "ru": r"(?:последне\w+|более\s+поздне\w+)\s+(?:\w+\s+){0,2}(?:уведомлени|нот)",
}
# "қол қойылған күнінен бастап", "с даты подписания"
SIGNATURE = {"kk": r"қол\s+қой(?:ылған|ған)", "ru": r"подписани"}
# Instruments of ratification: a condition that names them waits for more than the signature, even where it names the
# governments that signed ("Конвенцияға қол қойған үш үкімет ратификациялау грамоталарын сақтауға тапсырғаннан кейін").
RATIFICATION_INSTRUMENTS = {"kk": r"ратификац|грамота", "ru": r"ратифик|грамот"}
# "дипломатиялық арналар арқылы", "по дипломатическим каналам"
DIPLOMATIC_CHANNEL = {"kk": r"дипломатиялық\s+арна", "ru": r"дипломатическ\w+\s+канал"}

# --- provisional application -------------------------------------------------------------------------------------

# "уақытша қолданылады", "временно применяется"
PROVISIONAL_APPLICATION = {"kk": r"уақытша\s+қолдан", "ru": r"временно\s+применя"}
# "күшіне енгенге дейін", "до его вступления в силу"
UNTIL_ENTRY_INTO_FORCE = {
    "kk": r"күшіне\s+ен(?:генге|уіне|ген\s+күнге)\s+дейін",
    "ru": r"до\s+(?:(?:его|ее|её)\s+)?вступлени\w+\s+(?:(?:его|ее|её|настоящего\s+\w+)\s+)?в\s+силу",
}
# From when it applies, in words (case-sensitive, both languages in a sentence of either): "... күнінен бастап",
# "с даты подписания"
PROVISIONAL_FROM = {
    "kk": r"(\S+\s+\S+\s+(?:күн\w*|сәт\w*)\s+бастап)",
    "ru": r"\b(?:с|со)\s+(?:даты|дня|момента)\s+\w+",
}
# Until when, in words (case-sensitive, both languages in a sentence of either): "... дейін", "до ..." (but not
# "до вступления в силу": UNTIL_ENTRY_INTO_FORCE)
PROVISIONAL_UNTIL = {
    "kk": r"(\S+\s+\S+\s+дейін)",
    "ru": r"\bдо\s+(?!вступлени)\S+(?:\s+\S+)?",
}

# --- duration ----------------------------------------------------------------------------------------------------

# "айқындалмаған мерзімге", "мерзімі шектелмеген", "мерзімі жоқ", "қанша уақыт болса да қолданыла береді" (for
# however long it may be); "на неопределенный срок", "в течение неопределенного времени", "бессрочно"
INDEFINITE_TERM = {
    "kk": r"айқындалмаған\s+мерзім|белгісіз\s+мерзім|мерзімі\s+белгіленбей|белгіленбеген\s+мерзім|мерзімсіз"
          r"|шектеусіз\s+мерзім|мерзімі\s+шектелмеген|мерзімі\s+жоқ|қанша\s+уақыт\s+болса\s+да",
    "ru": r"неопредел[её]нн\w+\s+(?:срок|врем)|бессрочн|без\s+ограничения\s+срока",
}
# "бес жыл мерзімге", "бес жыл бойы қолданылады / күшінде болады"; "сроком на пять лет", "действует в течение пяти
# лет" (a group holds the number). The verb of the treaty's own operation, in the present, is part of the "for five
# years" wording: "после того, как она действовала в течение пяти лет" / "бес жыл бойы қолданылғаннан кейін" is a
# condition of denunciation, not a term.
TERM_YEARS = {
    "kk": rf"({NUMBER})\s+жыл(?:\s+мерзімге|дық\s+мерзімге)"
          rf"|({NUMBER})\s+жыл\s+бойы(?:на)?\s*(?:қолданылады|күшінде\s+болады|қолданыста\s+болады)",
    "ru": rf"(?:сроком|срок)\s+(?:на\s+)?({NUMBER})\s+(?:лет|года|год)\b|\bна\s+({NUMBER})\s+(?:лет|года)\b"
          rf"|(?:действует|будет\s+действовать|применяется)\s+в\s+течение\s+({NUMBER})\s+(?:лет|года)\b",
}
# "өздігінен ұзартылады", "автоматически продлевается"
# "өзінен-өзі ұзартылады", "өздігінен ... кезеңдерге созылады"; "будет продлеваться автоматически", "с
# автоматическим продлением"
TACIT_RENEWAL = {
    "kk": r"(?:өздігінен|өзінен-өзі|автоматты\s+түрде)\s+(?:\w+\s+){0,3}(?:ұзарт|созыл)"
          r"|ұзартылған\s+болып\s+есептел",
    "ru": r"автоматически\s+(?:\w+\s+){0,2}продл|считается\s+продл[её]нн|продлевается|продлева\w*\s+автоматически"
          r"|автоматическ\w+\s+продлени",
}
# "келесі бесжылдық кезеңге", "на последующие пятилетние периоды" (a group holds the word with the number)
RENEWAL_PERIOD = {
    "kk": r"келесі\s+(\w+?)\s*жылдық\s+кезең|(\w+)\s+жыл(?:дық)?\s+кезеңге",
    "ru": r"(\w+?)летн\w+\s+период|период\w*\s+(?:по|в)\s+(\w+)\s+(?:лет|года)",
}
# "... уақытқа дейін күшінде қалады", "остается в силе до тех пор, пока ..." (a group holds the condition)
# "... орындалған сәтке дейін өз күшін сақтайды", "2007 жылғы 31 желтоқсанға дейін күшінде болады", "остается в силе
# до момента полного выполнения ...", "действует до 31 декабря 2007 года": until an event or a date.
UNTIL_CONDITION = {
    "kk": r"(?:және\s+)?(\S.*?(?:уақыт|кез|кезең|сәт|\w+(?:ға|ге|қа|ке))\w*\s+дейін)\s+"
          r"(?:күшінде\s+(?:қалады|болады)|(?:өз\s+)?күшін\s+сақтайды)",
    "ru": r"(?:остается|остаётся|действует)\s+в\s+силе\s+(до\s+(?:тех\s+пор,?\s+пока|момента)\s+.+?)\s*\.?$"
          r"|\bдействует\s+(до\s+\d{1,2}\s+\w+\s+\d{4}\s+(?:года|г\.))",
}
# TERM_YEARS and UNTIL_CONDITION try a long alternation, or a scan to the end of the sentence, at every
# position, which is slow; every match of theirs holds one of these words, so a sentence without it is not searched
# (keep each language's cue in step with its pattern).
TERM_YEARS_CUE = {"kk": r"мерзімге|жыл\s+бойы", "ru": r"лет|год"}
UNTIL_CONDITION_CUE = {"kk": r"күшінде\s+(?:қалады|болады)|күшін\s+сақтайды", "ru": r"в\s+силе|действует\s+до\s+\d"}
# Kazakh only, case-sensitive, split on: an until-condition starts after "... күшіне енеді және" (the clause before
# it is about entry into force)
AFTER_ENTRY_INTO_FORCE_AND_KK = re.compile(r"\b(?:енеді|ен(?:етін\s+болады))\s+және\s+")
# The end of a period, not a condition: "алты ай өткенге дейін", "до истечения шести месяцев" (case-sensitive,
# both languages in a text of either)
EXPIRY_OF_PERIOD = {"kk": r"өткенге|\bай\b", "ru": r"истечени|месяц"}

# --- termination -------------------------------------------------------------------------------------------------

TERMINATE = {"kk": r"тоқтат(?!а\s+тұр)", "ru": r"прекра(?:т|щ)"}   # terminate, not suspend (тоқтата тұру)
TREATY_OPERATION = {"kk": r"қолданыс|қолданыл|күш", "ru": r"действи"}      # ... the operation of the treaty
# Denouncing the treaty ends it as terminating its operation does: "оның күшін жоя алады", "күшін жою туралы
# хабар"; "может денонсировать". Not "... келісім күшін жояды", another treaty losing its force.
DENOUNCE = {"kk": r"күшін\s+жо(?:ю|я\s+ал)", "ru": r"денонс"}
# A party withdraws from the treaty, which the words name: "осы Келісімнен шыға алады", "Келісімнен шығатын ниетін";
# "выйти из настоящего Соглашения", "выйти из Соглашения"
WITHDRAWAL = {
    "kk": rf"{TREATY_NOUN['kk']}\w*(?:нен|ден|тен|нан|дан|тан)\s+шығ",
    "ru": rf"(?:выйти|выход\w*)\s+из\s+(?:(?:настоящ|данн)\w+\s+)?{TREATY_NOUN['ru']}",
}
# "Тараптардың әрқайсысы", "Каждая из Сторон"
EACH_PARTY = {
    "kk": r"Тараптардың\s+әрқайсысы\b|\b(?:әр|әрбір)\s+[Тт]арап\b",
    "ru": r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*",
}
# "Тараптардың бірі", "любая из Сторон"
EITHER_PARTY = {
    "kk": r"Тараптардың\s+(?:бірі|біреуі)\b|\bкез\s+келген\s+Тарап\w*",
    "ru": r"\b(?:одна|любая|любой)\s+из\s+Сторон\b|\bлюбая\s+Сторона\b",
}
# "өзара келісім бойынша", "по взаимному согласию"
MUTUAL_AGREEMENT = {
    "kk": r"өзара\s+(?:келісім|уағдаластық)\w*\s+бойынша|келісуі\s+бойынша|өзара\s+келісіммен",
    "ru": r"по\s+взаимному\s+(?:согласию|соглашению)|по\s+согласованию\s+Сторон|по\s+взаимной\s+договоренности",
}
# "жазбаша хабарлама", "письменного уведомления"
WRITTEN_NOTIFICATION = {
    "kk": r"жазбаша\s+(?:\w+\s+)?хабарла",
    "ru": r"письменн\w+\s+(?:\w+\s+)?уведомлени|письменно\s+(?:\w+\s+){0,3}уведом",
}
NOTIFICATION = {"kk": r"хабарла", "ru": r"уведом"}
# "алты ай өткеннен кейін", "6 айдан кейін", "алты ай өткен соң", "по истечении шести месяцев" (groups: the number,
# the unit)
NOTICE_PERIOD = {
    "kk": rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+(?:өткен|өткеннен|өткенге|кейін|соң)",
    "ru": rf"(?:по\s+истечении|до\s+истечения|через|спустя)\s+({NUMBER})\s+(месяц\w*|лет|год\w*|дн\w*|недел\w*"
          rf"|календарных\s+дней)",
}
# The notice is due a period before the term ends or before the withdrawal (groups: the number, the unit): "осы
# мерзімнің бітуіне кемінде алты ай қалғанда", "мерзімі біткенге дейін алты ай бұрын", "аяқталуына алты айға дейін",
# "шығудан 6 ай бұрын", "алты айдан кешіктірмей"; "не менее чем за шесть месяцев до истечения", "за 6 месяцев до
# выхода", "не позднее, чем за один год до истечения".
NOTICE_BEFORE = {
    "kk": rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+(?:бұрын|қалғанда|кешіктірмей)"
          rf"|(?:аяқталуына|бітуіне)\s+(?:кемінде\s+)?({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+дейін",
    "ru": rf"\bза\s+({NUMBER})\s+(месяц\w*|лет|год\w*|дн\w*|день|недел\w*|календарных\s+дней)\s+до\b",
}
# The treaty ends on an ordinal day after the notice (group: the ordinal): "хабарламаны алғаннан кейінгі тоқсаныншы
# күні", "на девяностый день после получения уведомления"
NOTICE_DAY = {
    "kk": r"\b(\w+(?:ыншы|інші|ншы|нші))\s+күні\b|\b(\d+)\s*-\s*(?:ші|шы|інші|ыншы)?\s*күні\b",
    "ru": r"\bна\s+(\w+(?:ый|ой|ий))\s+день\b|\bна\s+(\d+)\s*-?\s*(?:й|ой|ый)?\s+день\b",
}
# The treaty stays in force until a period after a notice to end it: open-ended, with that notice (groups: the number,
# the unit): "... хабарламасын алған күнінен бастап алты ай өткенге дейін күшінде қалады"; "остается в силе до
# истечения шести месяцев с даты ...", "действует до истечения шести месяцев с даты получения ... уведомления". A
# notification must be named after it (NOTIFICATION), or the period is a term, not a notice.
UNTIL_NOTICE = {
    "kk": rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+өткенге\s+дейін\s+күшінде\s+(?:қалады|болады|қалатын\s+болады)",
    "ru": rf"(?:оста[её]тся|оставаться|действует|действовать)\s+(?:в\s+силе\s+)?до\s+истечения\s+({NUMBER})\s+"
          rf"(месяц\w*|лет|год\w*|дн\w*|недел\w*)",
}
# The treaty ends when an event happens, which the words name (group: the event): "... орындалған кезден бастап осы
# Хаттаманың қолданылуы тоқтатылады", "... толық берілген сәттен бастап өз қолданысын тоқтатады"; "прекращает
# (свое) действие с момента выполнения всех обязательств ...". Not where it ends only "в отношении" something
# (PARTIAL_SCOPE).
ENDS_ON_EVENT = {
    "kk": rf"^(?:{TREATY_NOUN['kk']}\w*\s+|[Оо]сы\s+{TREATY_NOUN['kk']}\w*\s+)?(\S.*?(?:кезден|сәттен)\s+бастап)\s+"
          rf"(?:(?:осы\s+)?{TREATY_NOUN['kk']}\w*\s+)?(?:өз\s+)?(?:қолданысы|қолданылуы|қолданысын|күшін)\s+тоқтат",
    "ru": r"прекраща\w+\s+(?:сво\w+\s+)?действие\s+(с\s+момента\s+.+?)\s*\.?$",
}
PARTIAL_SCOPE = {"kk": r"қатысты", "ru": r"в\s+отношении"}
# the notice runs from its receipt: "алған күнінен", "с даты его получения", "после даты получения"
FROM_RECEIPT = {
    "kk": r"\bал(?:ған|ынған)\s+күн",
    "ru": r"\b(?:с|со|после)\s+(?:даты|дня|момента)\s+(?:его\s+)?получения",
}
# ... or from its sending: "жіберген күнінен", "с даты направления"
FROM_SENDING = {
    "kk": r"жібер(?:ген|ілген)\s+күн",
    "ru": r"\b(?:с|со)\s+(?:даты|дня|момента)\s+(?:его\s+)?направления|\b(?:с|со)\s+даты,?\s+когда\s+.{0,60}?направит",
}

# --- amendment ---------------------------------------------------------------------------------------------------

# "өзгерістер енгізілуі мүмкін", "могут вноситься изменения"
AMENDMENT = {
    "kk": r"өзгеріс\w*\s+(?:\w+\s+){0,4}енгіз",
    "ru": r"(?:внос\w*|внесен\w*)\s+(?:\w+\s+){0,3}изменени|изменени\w+\s+(?:\w+\s+){0,3}(?:внос|внесен|вносят)",
}
# "жеке хаттамалармен", "отдельными протоколами"
BY_SEPARATE_PROTOCOLS = {"kk": r"(?:жеке|жекелеген)\s+хаттамалар", "ru": r"отдельны\w*\s+протоколами|протоколами"}
# "хаттамамен", "протоколом"
BY_PROTOCOL = {"kk": r"(?:жеке|жекелеген)?\s*хаттамамен", "ru": r"(?:отдельным\s+)?протоколом"}
# "ажырамас бөлігі", "неотъемлемой частью"
INTEGRAL_PART = {"kk": r"ажырамас\s+бөлігі", "ru": r"неотъемлем\w+\s+част"}

# --- dispute settlement ------------------------------------------------------------------------------------------

# "даулар", "келіспеушіліктер"; "споры", "разногласия"
DISPUTE = {
    "kk": r"\bдау(?:лар|лы|ды)?\b|келіспеушілік",
    "ru": r"\bспор\w*|разноглас",
}
# "шешіледі", "реттеледі"; "разрешаются", "урегулируются"
SETTLE = {"kk": r"шеш(?:іл|етін|еді|у)|реттел", "ru": r"разреша|разреш[её]н|реша|урегулир"}
# The means of settlement, each found in a sentence of either language (both languages' wording): the clause lists
# them in the order the sentence names them.
DISPUTE_MEANS = [
    ("consultations", {"kk": r"консультаци", "ru": r"консультаци"}),
    ("negotiations", {"kk": r"келіссөз", "ru": r"переговор"}),
    ("diplomatic-channels", {"kk": r"дипломатиялық\s+арна", "ru": r"дипломатическ\w+\s+канал"}),
    ("mediation", {"kk": r"делдал", "ru": r"посредни"}),
    ("conciliation", {"kk": r"бітімгер", "ru": r"согласительн|примирени"}),
    ("arbitration", {"kk": r"арбитраж|төрелік", "ru": r"арбитраж"}),
    ("court", {"kk": r"\bсот\b|\bсотқа\b", "ru": r"\bсуд\w*"}),
]

# --- working language --------------------------------------------------------------------------------------------

# "орыс тілі ... жұмыс тілі", "рабочим языком является русский" (each group that matched holds a language's name).
# In prose: the language the parties' correspondence or messages are in ("Переписка между Сторонами будет
# осуществляться на русском языке", "сообщения из … передаются … на русском языке, и из … на английском языке";
# "хат-хабар алмасу орыс тілінде жүргізіледі", "хабарлар орыс тілінде және … ағылшын тілінде беріледі"), the
# languages documents they send each other are drawn up in ("Таможенные документы составляются на языке …, а также
# при необходимости на русском и английском языках"; "құжаттар … орыс және ағылшын тілдерінде жасалады"), and the
# language they are translated into ("… құжаттары орыс тілінде аударылуға … тиіс", "с переводом на русский язык").
WORKING_LANGUAGE = {
    "kk": r"(\w+)\s+тілі\b.{0,200}?жұмыс\s+тілі|жұмыс\s+тілі\s+(\w+)\s+тілі"
          r"|(\w+)\s+тілін\s+(?:пайдалан|қолдан)"
          r"|(?<!\w)(?:хат-хабар|хабарла[рм]\w*)[^.;]{0,250}?\s(\w+)\s+тілінде"
          r"(?:\s+және\s+[^.;]{0,150}?\s(\w+)\s+тілінде)?"
          r"|(?<!\w)құжат\w*[^.;]{0,200}?\s(\w+)\s+(?:және\s+(\w+)\s+)?(?:тілінде|тілдерінде)\s+жасал"
          r"|(?<!\w)құжат\w*[^.;]{0,200}?\s(\w+)\s+(?:тілінде|тіліне)\s+аудар",
    "ru": r"рабоч\w+\s+язык\w*\s+(?:является|являются|будет|служит)\s+(\w+)"
          r"|(\w+)\s+язык\s+(?:является|будет\s+являться)\s+рабоч"
          r"|(?:пользуются|используют|применяют)\s+(\w+)\s+язык(?:ом)?\b"
          r"|(?<!\w)(?:[Пп]ереписк|[Сс]ообщени|[Кк]орреспонденци)\w*[^.;]{0,250}?\sна\s+(\w+)\s+языке"
          r"(?:,?\s+(?:и|а)\s+[^.;]{0,150}?\sна\s+(\w+)\s+языке)?"
          r"|(?<!\w)[Дд]окумент\w*\s+(?:составля|оформля)\w*[^.;]{0,200}?\sна\s+(\w+)\s+(?:и\s+(\w+)\s+)?язык"
          r"|(?<!\w)[Дд]окумент\w*[^.;]{0,200}?\sперевод\w*\s+на\s+(\w+)\s+язык",
}
# every WORKING_LANGUAGE match names a language: тілі / тілін, язык (a cheap test before the slow pattern; keep
# each language's cue in step with its pattern)
WORKING_LANGUAGE_CUE = {"kk": r"тіл", "ru": r"язык"}

# --- costs -------------------------------------------------------------------------------------------------------

# "шығыстар", "расходы"
COSTS = {"kk": r"шығыс|шығын", "ru": r"расход"}
# each party bears its own: "дербес", "өз есебінен"; "самостоятельно", "за свой счет"
OWN_COSTS = {
    "kk": r"\bдербес\b|өз\s+есебінен|өз\s+қаражаты",
    "ru": r"самостоятельно|за\s+сво\w+\s+сч[её]т|несет\s+сво\w+\s+расход|несут\s+сво\w+\s+расход",
}
# the sharing is left to agreement: "уағдаластық бойынша айқындалады", "распределяются по договоренности"
COSTS_AS_AGREED = {
    "kk": r"(?:уағдаластық|келісім)\w*\s+(?:\w+\s+){0,2}(?:айқындалады|белгіленеді|бөлінеді)",
    "ru": r"(?:договоренност|согласовани|соглашени)\w*.{0,80}(?:распредел|определя)|(?:распредел|определя)\w*.{0,80}"
          r"(?:договоренност|согласовани)",
}

# --- non-affection -----------------------------------------------------------------------------------------------

# "құқықтары мен міндеттемелерін қозғамайды", "не затрагивает прав и обязательств"
NOT_AFFECT = {
    "kk": r"(?:құқық|міндет)\w*\s+(?:\w+\s+){0,3}(?:қозғамайды|ықпал\s+етпейді|әсер\s+етпейді|нұқсан\s+келтірмейді)",
    "ru": r"не\s+затрагива(?:ет|ют)\s+(?:\w+\s+){0,2}(?:прав|обязательств)",
}
# What is not affected, each found in a sentence of either language (both languages' wording); the one named first
# wins, and of two at one place the one listed first.
NON_AFFECTION_SCOPES = [
    ("other-international-treaties", {"kk": r"халықаралық\s+шарт", "ru": r"международн\w+\s+договор"}),
    ("other-international-agreements", {"kk": r"халықаралық\s+келісім", "ru": r"международн\w+\s+соглашени"}),
    ("other-treaties", {"kk": r"басқа\s+(?:да\s+)?шарт", "ru": r"други\w+\s+договор"}),
    ("other-agreements", {"kk": r"басқа\s+(?:да\s+)?келісім", "ru": r"други\w+\s+соглашени"}),
]

# --- authentic languages -----------------------------------------------------------------------------------------

# The texts are equally authentic: "күші бірдей", "имеют одинаковую силу", "равно аутентичны" (looked for in a
# closing formula of either language, both languages' wording)
EQUALLY_AUTHENTIC = {
    "kk": r"күші\s+бірдей|бірдей\s+күш|тең\s+түпнұсқалы",
    "ru": r"одинаков\w+\s+сил|равн\w+\s+сил|равно\s+аутентичн|аутентичны|равнозначн",
}
