"""The Kazakh wording of a treaty's typed clauses (lang/clause_wording.py puts the languages together):
the treaty naming itself, entry into force, provisional application, duration, termination, amendment, dispute
settlement, working language, costs, non-affection and equally authentic texts."""

from __future__ import annotations

import re

# Where a pattern holds a number as written (in digits, or in words of either language: lang.numbers.NUMBER), it holds
# this mark, which lang/clause_wording.py replaces with that pattern.
NUMBER = "<number>"
# The nouns a treaty names itself with: Келісім, Шарт, Хаттама, Конвенция; Соглашение, Договор, Протокол, Конвенция
TREATY_NOUN = r"(?:[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенция)"
# nominative: "Осы Келісім күшіне енеді", "Настоящее Соглашение вступает в силу"
SELF_NOMINATIVE = rf"\b[Оо]сы\s+{TREATY_NOUN}(?![\w-])"
# Kazakh genitive at the start of a sentence whose verb is the treaty's entry into force: "Осы Хаттаманың күшіне енуі
# үшін қажетті … алынған күннен бастап осы Хаттама күшіне енеді"
SELF_GENITIVE_KK = re.compile(rf"^[Оо]сы\s+{TREATY_NOUN}\w*?(?:ның|нің|тың|тің|дың|дің)(?![\w-])")
# any case: "Осы Келісімді", "настоящего Соглашения"
SELF_ANY = rf"\b(?:[Оо]сы|[Бб]ұл)\s+{TREATY_NOUN}\w*|\b{TREATY_NOUN}(?:нің|тің|дің|ның|ің)\s+қолданыс"
# "күшіне енеді", "вступает в силу"
ENTRY_INTO_FORCE_VERB = r"күшіне\s+ен(?:еді|етін\s+болады)"
# The date of entry into force is deemed to be a moment (the condition, group "condition"): "Датой вступления
# Соглашения в силу будет считаться день получения более поздней ноты", "... нотаны алған күн осы Келісімнің күшіне
# енген датасы болып саналады".
DEEMED_ENTRY_DATE = (rf"^(?P<condition>\S.*?)\s+(?:осы\s+)?{TREATY_NOUN}\w*\s+күшіне\s+енген\s+(?:күні|датасы)\s+"
          r"(?:болып\s+)?(?:саналады|есептеледі)")
# A provisional entry into force is not the treaty's entry into force; the definitive one follows it in the sentence
# ("временно вступает в силу с даты его подписания, и окончательно вступит в силу с даты последнего уведомления",
# "... уақытша күшіне енеді және ... соңғы жазбаша хабарлама күнінен бастап толық күшіне енеді"). Matched at the
# text before the verb: the word that qualifies it.
PROVISIONAL_ENTRY = r"уақытша\s*$"
DEFINITIVE_ENTRY = r"\s(?:толық|түпкілікті)\s*$"
# The condition of entry into force as written, read case-sensitively, each language's in a sentence of either
# language (Russian first). Russian names it after the verb, from "с даты" to the end of the sentence ("вступает
# в силу с даты получения последнего письменного уведомления ..."); Kazakh before the verb, up to "бастап"
# (group 1: "... соңғы жазбаша хабарламаны алған күнінен бастап күшіне енеді").
# A condition may also be a moment ("когда обе Стороны подпишут его и уведомят ...", "... хабарлаған кезде", "...
# хабарландырғанда") or another treaty's entry into force ("одновременно с названным Соглашением", "... бір мезгілде").
CONDITION_FROM_DATE = (r"(\S.*?(?:(?:күн\w*|сәт\w*|кезде\w*)\s+бастап|кейін|соң|күні|кезде|\w+(?:ғанда|генде|қанда"
    r"|кенде)"
          r"|бір\s+(?:мезгілде|уақытта)))\s*$")
# The entry into force comes a period after the condition is met (the delay): "через 60 дней", "по истечении
# тридцати дней", "на тридцатый день", "60 күннен кейін", "отыз күн өткен соң", "отызыншы күні", "30-күні" (groups:
# a number and its unit, or an ordinal day).
ENTRY_INTO_FORCE_DELAY = (rf"({NUMBER})\s+(күн|ай|апта)\w*\s+(?:өткен\w*\s+)?(?:кейін|соң)|\b(\w+(?:ыншы|інші|ншы"
    rf"|нші))\s+күні\b"
          r"|\b(\d+)\s*-\s*(?:ші|шы|інші|ыншы)?\s*күні\b")
# A notification of any kind names the condition ("с даты письменного уведомления", "хабарлама алған күннен",
# "ескертуін алған", "бір-біріне мәлімдеген", "жазбаша мәлімдеме", "письменно информируют друг друга"): a
# notification condition, when it is not the last one.
# the Kazakh words for notice include the older "мағлұмат" ("жазбаша соңғы мағлұмат берген күннен бастап")
CONDITION_NOTIFICATION = r"хабар|ескерту|нота|мәлімде|мағлұмат"
# Where that condition stops (case-sensitive, split on): the Russian one before "; " or "и остается / будет /
# действует ..."; the Kazakh one begins after the last "-ады/-еді және" ("... жасалады және ... бастап").
CONDITION_BOUNDARY = r"\b\w+(?:ады|еді|йды|йді)\s+және\s+"
# A fixed calendar date of entry into force (case-sensitive): Russian "с" right before the date, searched in the
# text before it ("с 1 января 2002 года"); Kazakh "бастап" right after it, matched at the text after it ("2002 жылғы
# 1 қаңтардан бастап").
FROM_THE_DATE = r"\w*\s+бастап"
# the condition is the last notification: "соңғы жазбаша хабарламаны", "последнего письменного уведомления"
# (any word of CONDITION_NOTIFICATION), or the last of the notifications: "хабарламаларының соңғысы",
# "хабарламаны соңғысының тапсырған күнінен"; the later of two: "более поздней ноты", "неғұрлым кешеуілдетіп
# жіберілген нотаны"
LAST_NOTIFICATION = (r"(?:соңғы|неғұрлым\s+кеш\w*)\s+(?:\w+\s+){0,2}(?:хабар|ескерту|нота|мәлімде|мағлұмат)"
          r"|(?:хабар|ескерту|нота|мәлімде|мағлұмат)\w*\s+соңғы")
# "қол қойылған күнінен бастап", "с даты подписания"
SIGNATURE = r"қол\s+қой(?:ылған|ған)"
# Instruments of ratification: a condition that names them waits for more than the signature, even where it names the
# governments that signed ("Конвенцияға қол қойған үш үкімет ратификациялау грамоталарын сақтауға тапсырғаннан кейін").
RATIFICATION_INSTRUMENTS = r"ратификац|грамота"
# "дипломатиялық арналар арқылы", "по дипломатическим каналам"
DIPLOMATIC_CHANNEL = r"дипломатиялық\s+арна"
# "уақытша қолданылады", "временно применяется"
PROVISIONAL_APPLICATION = r"уақытша\s+қолдан"
# "күшіне енгенге дейін", "до его вступления в силу"
UNTIL_ENTRY_INTO_FORCE = r"күшіне\s+ен(?:генге|уіне|ген\s+күнге)\s+дейін"
# From when it applies, in words (case-sensitive, both languages in a sentence of either): "... күнінен бастап",
# "с даты подписания"
PROVISIONAL_FROM = r"(\S+\s+\S+\s+(?:күн\w*|сәт\w*)\s+бастап)"
# Until when, in words (case-sensitive, both languages in a sentence of either): "... дейін", "до ..." (but not
# "до вступления в силу": UNTIL_ENTRY_INTO_FORCE)
PROVISIONAL_UNTIL = r"(\S+\s+\S+\s+дейін)"
# "айқындалмаған мерзімге", "мерзімі шектелмеген", "мерзімі жоқ", "қанша уақыт болса да қолданыла береді" (for
# however long it may be); "на неопределенный срок", "в течение неопределенного времени", "бессрочно"
INDEFINITE_TERM = (r"айқындалмаған\s+мерзім|белгісіз\s+мерзім|мерзімі\s+белгіленбей|белгіленбеген\s+мерзім|мерзімсіз"
          r"|шектеусіз\s+мерзім|мерзімі\s+шектелмеген|мерзімі\s+жоқ|қанша\s+уақыт\s+болса\s+да")
# "бес жыл мерзімге", "бес жыл бойы қолданылады / күшінде болады"; "сроком на пять лет", "действует в течение пяти
# лет" (a group holds the number). The verb of the treaty's own operation, in the present, is part of the "for five
# years" wording: "после того, как она действовала в течение пяти лет" / "бес жыл бойы қолданылғаннан кейін" is a
# condition of denunciation, not a term.
TERM_YEARS = (rf"({NUMBER})\s+жыл(?:\s+мерзімге|дық\s+мерзімге)"
          rf"|({NUMBER})\s+жыл\s+бойы(?:на)?\s*(?:қолданылады|күшінде\s+болады|қолданыста\s+болады)")
# "өздігінен ұзартылады", "автоматически продлевается"
# "өзінен-өзі ұзартылады", "өздігінен ... кезеңдерге созылады"; "будет продлеваться автоматически", "с
# автоматическим продлением"
TACIT_RENEWAL = (r"(?:өздігінен|өзінен-өзі|автоматты\s+түрде)\s+(?:\w+\s+){0,3}(?:ұзарт|созыл)"
          r"|ұзартылған\s+болып\s+есептел")
# "келесі бесжылдық кезеңге", "на последующие пятилетние периоды" (a group holds the word with the number)
RENEWAL_PERIOD = r"келесі\s+(\w+?)\s*жылдық\s+кезең|(\w+)\s+жыл(?:дық)?\s+кезеңге"
# "... уақытқа дейін күшінде қалады", "остается в силе до тех пор, пока ..." (a group holds the condition)
# "... орындалған сәтке дейін өз күшін сақтайды", "2007 жылғы 31 желтоқсанға дейін күшінде болады", "остается в силе
# до момента полного выполнения ...", "действует до 31 декабря 2007 года": until an event or a date.
UNTIL_CONDITION = (r"(?:және\s+)?(\S.*?(?:уақыт|кез|кезең|сәт|\w+(?:ға|ге|қа|ке))\w*\s+дейін)\s+"
          r"(?:күшінде\s+(?:қалады|болады)|(?:өз\s+)?күшін\s+сақтайды)")
# TERM_YEARS and UNTIL_CONDITION try a long alternation, or a scan to the end of the sentence, at every
# position, which is slow; every match of theirs holds one of these words, so a sentence without it is not searched
# (keep each language's cue in step with its pattern).
TERM_YEARS_CUE = r"мерзімге|жыл\s+бойы"
UNTIL_CONDITION_CUE = r"күшінде\s+(?:қалады|болады)|күшін\s+сақтайды"
# Kazakh only, case-sensitive, split on: an until-condition starts after "... күшіне енеді және" (the clause before
# it is about entry into force)
AFTER_ENTRY_INTO_FORCE_AND_KK = re.compile(r"\b(?:енеді|ен(?:етін\s+болады))\s+және\s+")
# The end of a period, not a condition: "алты ай өткенге дейін", "до истечения шести месяцев" (case-sensitive,
# both languages in a text of either)
EXPIRY_OF_PERIOD = r"өткенге|\bай\b"
TERMINATE = r"тоқтат(?!а\s+тұр)"
TREATY_OPERATION = r"қолданыс|қолданыл|күш"
# Denouncing the treaty ends it as terminating its operation does: "оның күшін жоя алады", "күшін жою туралы
# хабар"; "может денонсировать". Not "... келісім күшін жояды", another treaty losing its force.
DENOUNCE = r"күшін\s+жо(?:ю|я\s+ал)"
# A party withdraws from the treaty, which the words name: "осы Келісімнен шыға алады", "Келісімнен шығатын ниетін";
# "выйти из настоящего Соглашения", "выйти из Соглашения"
WITHDRAWAL = rf"{TREATY_NOUN}\w*(?:нен|ден|тен|нан|дан|тан)\s+шығ"
# "Тараптардың әрқайсысы", "Каждая из Сторон"
EACH_PARTY = r"Тараптардың\s+әрқайсысы\b|\b(?:әр|әрбір)\s+[Тт]арап\b"
# "Тараптардың бірі", "любая из Сторон"
EITHER_PARTY = r"Тараптардың\s+(?:бірі|біреуі)\b|\bкез\s+келген\s+Тарап\w*"
# "өзара келісім бойынша", "по взаимному согласию"
MUTUAL_AGREEMENT = r"өзара\s+(?:келісім|уағдаластық)\w*\s+бойынша|келісуі\s+бойынша|өзара\s+келісіммен"
# "жазбаша хабарлама", "письменного уведомления"
WRITTEN_NOTIFICATION = r"жазбаша\s+(?:\w+\s+)?хабарла"
NOTIFICATION = r"хабарла"
# "алты ай өткеннен кейін", "6 айдан кейін", "алты ай өткен соң", "по истечении шести месяцев" (groups: the number,
# the unit)
NOTICE_PERIOD = rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+(?:өткен|өткеннен|өткенге|кейін|соң)"
# The notice is due a period before the term ends or before the withdrawal (groups: the number, the unit): "осы
# мерзімнің бітуіне кемінде алты ай қалғанда", "мерзімі біткенге дейін алты ай бұрын", "аяқталуына алты айға дейін",
# "шығудан 6 ай бұрын", "алты айдан кешіктірмей"; "не менее чем за шесть месяцев до истечения", "за 6 месяцев до
# выхода", "не позднее, чем за один год до истечения".
NOTICE_BEFORE = (rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+(?:бұрын|қалғанда|кешіктірмей)"
          rf"|(?:аяқталуына|бітуіне)\s+(?:кемінде\s+)?({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+дейін")
# The treaty ends on an ordinal day after the notice (group: the ordinal): "хабарламаны алғаннан кейінгі тоқсаныншы
# күні", "на девяностый день после получения уведомления"
NOTICE_DAY = r"\b(\w+(?:ыншы|інші|ншы|нші))\s+күні\b|\b(\d+)\s*-\s*(?:ші|шы|інші|ыншы)?\s*күні\b"
# The treaty stays in force until a period after a notice to end it: open-ended, with that notice (groups: the number,
# the unit): "... хабарламасын алған күнінен бастап алты ай өткенге дейін күшінде қалады"; "остается в силе до
# истечения шести месяцев с даты ...", "действует до истечения шести месяцев с даты получения ... уведомления". A
# notification must be named after it (NOTIFICATION), or the period is a term, not a notice.
UNTIL_NOTICE = rf"({NUMBER})\s+(ай|жыл|күн|апта)\w*\s+өткенге\s+дейін\s+күшінде\s+(?:қалады|болады|қалатын\s+болады)"
# The treaty ends when an event happens, which the words name (group: the event): "... орындалған кезден бастап осы
# Хаттаманың қолданылуы тоқтатылады", "... толық берілген сәттен бастап өз қолданысын тоқтатады"; "прекращает
# (свое) действие с момента выполнения всех обязательств ...". Not where it ends only "в отношении" something
# (PARTIAL_SCOPE).
ENDS_ON_EVENT = (rf"^(?:{TREATY_NOUN}\w*\s+|[Оо]сы\s+{TREATY_NOUN}\w*\s+)?(\S.*?(?:кезден|сәттен)\s+бастап)\s+"
          rf"(?:(?:осы\s+)?{TREATY_NOUN}\w*\s+)?(?:өз\s+)?(?:қолданысы|қолданылуы|қолданысын|күшін)\s+тоқтат")
PARTIAL_SCOPE = r"қатысты"
# the notice runs from its receipt: "алған күнінен", "с даты его получения", "после даты получения"
FROM_RECEIPT = r"\bал(?:ған|ынған)\s+күн"
# ... or from its sending: "жіберген күнінен", "с даты направления"
FROM_SENDING = r"жібер(?:ген|ілген)\s+күн"
# "өзгерістер енгізілуі мүмкін", "могут вноситься изменения"
AMENDMENT = r"өзгеріс\w*\s+(?:\w+\s+){0,4}енгіз"
# "жеке хаттамалармен", "отдельными протоколами"
BY_SEPARATE_PROTOCOLS = r"(?:жеке|жекелеген)\s+хаттамалар"
# "хаттамамен", "протоколом"
BY_PROTOCOL = r"(?:жеке|жекелеген)?\s*хаттамамен"
# "ажырамас бөлігі", "неотъемлемой частью"
INTEGRAL_PART = r"ажырамас\s+бөлігі"
# "даулар", "келіспеушіліктер"; "споры", "разногласия"
DISPUTE = r"\bдау(?:лар|лы|ды)?\b|келіспеушілік"
# "шешіледі", "реттеледі"; "разрешаются", "урегулируются"
SETTLE = r"шеш(?:іл|етін|еді|у)|реттел"
# "орыс тілі ... жұмыс тілі", "рабочим языком является русский" (each group that matched holds a language's name).
# In prose: the language the parties' correspondence or messages are in ("Переписка между Сторонами будет
# осуществляться на русском языке", "сообщения из … передаются … на русском языке, и из … на английском языке";
# "хат-хабар алмасу орыс тілінде жүргізіледі", "хабарлар орыс тілінде және … ағылшын тілінде беріледі"), the
# languages documents they send each other are drawn up in ("Таможенные документы составляются на языке …, а также
# при необходимости на русском и английском языках"; "құжаттар … орыс және ағылшын тілдерінде жасалады"), and the
# language they are translated into ("… құжаттары орыс тілінде аударылуға … тиіс", "с переводом на русский язык").
WORKING_LANGUAGE = (r"(\w+)\s+тілі\b.{0,200}?жұмыс\s+тілі|жұмыс\s+тілі\s+(\w+)\s+тілі"
          r"|(\w+)\s+тілін\s+(?:пайдалан|қолдан)"
          r"|(?<!\w)(?:хат-хабар|хабарла[рм]\w*)[^.;]{0,250}?\s(\w+)\s+тілінде"
          r"(?:\s+және\s+[^.;]{0,150}?\s(\w+)\s+тілінде)?"
          r"|(?<!\w)құжат\w*[^.;]{0,200}?\s(\w+)\s+(?:және\s+(\w+)\s+)?(?:тілінде|тілдерінде)\s+жасал"
          r"|(?<!\w)құжат\w*[^.;]{0,200}?\s(\w+)\s+(?:тілінде|тіліне)\s+аудар")
# every WORKING_LANGUAGE match names a language: тілі / тілін, язык (a cheap test before the slow pattern; keep
# each language's cue in step with its pattern)
WORKING_LANGUAGE_CUE = r"тіл"
# "шығыстар", "расходы"
COSTS = r"шығыс|шығын"
# each party bears its own: "дербес", "өз есебінен"; "самостоятельно", "за свой счет"
OWN_COSTS = r"\bдербес\b|өз\s+есебінен|өз\s+қаражаты"
# the sharing is left to agreement: "уағдаластық бойынша айқындалады", "распределяются по договоренности"
COSTS_AS_AGREED = r"(?:уағдаластық|келісім)\w*\s+(?:\w+\s+){0,2}(?:айқындалады|белгіленеді|бөлінеді)"
# "құқықтары мен міндеттемелерін қозғамайды", "не затрагивает прав и обязательств"
NOT_AFFECT = r"(?:құқық|міндет)\w*\s+(?:\w+\s+){0,3}(?:қозғамайды|ықпал\s+етпейді|әсер\s+етпейді|нұқсан\s+келтірмейді)"
# The texts are equally authentic: "күші бірдей", "имеют одинаковую силу", "равно аутентичны" (looked for in a
# closing formula of either language, both languages' wording)
EQUALLY_AUTHENTIC = r"күші\s+бірдей|бірдей\s+күш|тең\s+түпнұсқалы"
# The means of dispute settlement, by label. Each is found in a sentence of either language (both languages'
# wording); the clause lists them in the order the sentence names them, and of two at one place the one listed first.
DISPUTE_MEANS = {
    "consultations": r"консультаци",
    "negotiations": r"келіссөз",
    "diplomatic-channels": r"дипломатиялық\s+арна",
    "mediation": r"делдал",
    "conciliation": r"бітімгер",
    "arbitration": r"арбитраж|төрелік",
    "court": r"\bсот\b|\bсотқа\b",
}
# What a treaty does not affect, in order of precedence: the one named first in the sentence wins, and of two at one
# place the one listed first here (an international treaty before any other treaty).
NON_AFFECTION_SCOPES = {
    "other-international-treaties": r"халықаралық\s+шарт",
    "other-international-agreements": r"халықаралық\s+келісім",
    "other-treaties": r"басқа\s+(?:да\s+)?шарт",
    "other-agreements": r"басқа\s+(?:да\s+)?келісім",
}
