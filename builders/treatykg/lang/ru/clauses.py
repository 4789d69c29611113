"""The Russian wording of a treaty's typed clauses (lang/clause_wording.py puts the languages together):
the treaty naming itself, entry into force, provisional application, duration, termination, amendment, dispute
settlement, working language, costs, non-affection and equally authentic texts."""

from __future__ import annotations

import re

# The nouns a treaty names itself with (agreement, treaty, protocol, convention), by their dictionary forms.
TREATY_NOUN_LEMMAS = ("соглашение", "договор", "протокол", "конвенция")
# Their forms come from the dictionary (pymorphy3, lang.morphology.russian_lexeme_pattern), capitalised as the texts
# write them: a pattern holds a mark where they stand, which lang/clause_wording.py fills in (any form; the nominative
# singular).
TREATY_NOUN = "<treaty-noun>"
TREATY_NOUN_NOMINATIVE = "<treaty-noun-nominative>"
# nominative: "Настоящее Соглашение вступает в силу"
SELF_NOMINATIVE = (rf"(?<![Вв]\s)(?<!на\s)(?<!за\s)(?<!про\s)"   # "в настоящее Соглашение" is accusative
          rf"\b(?:[Нн]астоящ(?:ее|ий|ая)|[Дд]анн(?:ое|ый|ая))\s+{TREATY_NOUN_NOMINATIVE}")
# any case: "настоящего Соглашения"
SELF_ANY = (rf"\b(?:[Нн]астоящ|[Дд]анн)\w*\s+{TREATY_NOUN}|\b(?:его|ее|её)\s+(?:действи|вступлени)"
          rf"|\b[Дд]ействи\w*\s+{TREATY_NOUN}")
# "вступает в силу"
ENTRY_INTO_FORCE_VERB = r"вступает\s+в\s+силу|вступит\s+в\s+силу"
# Where a pattern holds a unit of a period, it holds one of these marks, which lang/clause_wording.py fills with the
# forms of its lemma (lang/ru/units.py: PERIOD_UNIT_LEMMAS), whole words: days ("день", "дней", "дня"), months,
# weeks, years ("год", "года", "лет").
DAYS = "<days>"
MONTHS = "<months>"
WEEKS = "<weeks>"
YEARS = "<years>"
# Where a pattern holds a number as written (in digits, or in words of either language: lang.numbers.NUMBER), it holds
# this mark, which lang/clause_wording.py replaces with that pattern.
NUMBER = "<number>"
# The date of entry into force is deemed to be a moment (the condition, group "condition"): "Датой вступления
# Соглашения в силу будет считаться день получения более поздней ноты".
DEEMED_ENTRY_DATE = (rf"^[Дд]ат(?:ой|а)\s+вступлени\w+\s+(?:(?:настоящего|данного)\s+)?{TREATY_NOUN}\s+в\s+силу\s+"
          r"(?:будет\s+)?(?:считаться|считается|является)\s+(?P<condition>.+?)\s*\.?$")
# A provisional entry into force is not the treaty's entry into force; the definitive one follows it in the sentence
# ("временно вступает в силу с даты его подписания, и окончательно вступит в силу с даты последнего уведомления").
# Matched at the text before the verb: the word that qualifies it.
PROVISIONAL_ENTRY = r"временно\s*$"
DEFINITIVE_ENTRY = r"\s(?:окончательно|полностью)\s*$"
# The condition of entry into force as written, read case-sensitively, each language's in a sentence of either
# language (Russian first). Russian names it after the verb, from "с даты" to the end of the sentence ("вступает в
# силу с даты получения последнего письменного уведомления..."); Kazakh before the verb (group 1). A condition
# may also be a moment ("когда обе Стороны подпишут его и уведомят...") or another treaty's entry into force
# ("одновременно с названным Соглашением").
CONDITION_FROM_DATE = (r"\b(?:(?:с|со)\s+(?:даты|дня|момента|числа)|через|по\s+истечении|спустя|после|на\s+\w+\s+день"
    r"|в\s+день"
          r"|когда|как\s+только|одновременно\s+с)\b.*")
# A Russian condition can open the sentence, before the treaty names itself (case-sensitive, matched at the text before
# the subject): "Как только ратификационные грамоты будут сданы ..., настоящая Конвенция вступает в силу".
CONDITION_OPENING_RU = re.compile(
    r"(?:Как\s+только|После\s+того,?\s+как|После|Когда|(?:С|Со)\s+(?:даты|дня|момента)|По\s+истечении|Через"
    r"|На\s+\w+\s+день)\b.*")
# The entry into force comes a period after the condition is met (the delay): "через 60 дней", "по истечении тридцати
# дней", "на тридцатый день" (groups: a number and its unit, or an ordinal day).
ENTRY_INTO_FORCE_DELAY = (rf"(?:через|по\s+истечении|спустя)\s+({NUMBER})\s+(?:календарных\s+)?({DAYS}|{MONTHS}"
    rf"|{WEEKS})"
          r"|\bна\s+(\w+(?:ый|ой|ий))\s+день\b|\bна\s+(\d+)\s*-?\s*(?:й|ой|ый)?\s+день\b")
# notification condition, when it is not the last one.
# A word of the family of "уведомить": the verbs and the noun ("уведомляют", "уведомляется", "уведомив", "уведомления").
NOTIFY = "<forms:уведомить,уведомлять,уведомляться,уведомление>"
# A diplomatic note ("нота"), in any form of its lexeme (the dictionary's, through the mark NOTE).
NOTE_LEMMA = "нота"
NOTE = "<note>"
# A notification of any kind names the condition ("с даты письменного уведомления", "письменно информируют друг
# друга"): a notification condition, when it is not the last one.
CONDITION_NOTIFICATION = rf"{NOTIFY}|\b{NOTE}|<forms:информировать,информироваться,проинформировать,информирование>"
# Where that condition stops (case-sensitive, split on): the Russian one before "; " or "и остается / будет /
# действует..."; the Kazakh one begins after the last.
CONDITION_BOUNDARY = r"\s+и\s+(?:остается|остаётся|будет|действует)\b|;"
# A fixed calendar date of entry into force (case-sensitive): Russian "с" right before the date, searched in the text
# before it ("с 1 января 2002 года"); Kazakh right after it, matched at the text after it.
FROM_THE_DATE = r"\b(?:с|со)\s*$"
# A notification ("уведомление"), in any form of its lexeme (the dictionary's, through the mark NOTIFICATION_NOUN).
NOTIFICATION_LEMMA = "уведомление"
NOTIFICATION_NOUN = "<notification>"
# the condition is the last notification: "последнего письменного уведомления" (any word of CONDITION_NOTIFICATION),
# or the last of the notifications: the later of two: "более поздней ноты"
LAST_NOTIFICATION = rf"(?:последне\w+|более\s+поздне\w+)\s+(?:\w+\s+){{0,2}}(?:{NOTIFICATION_NOUN}|{NOTE})"
# "с даты подписания"
SIGNATURE = r"<forms:подписание>"
# Instruments of ratification: a condition that names them waits for more than the signature, even where it names the
# governments that signed.
RATIFICATION_INSTRUMENTS = r"<forms:ратификация,ратификационный,грамота>"
# "по дипломатическим каналам"
DIPLOMATIC_CHANNEL = r"дипломатическ\w+\s+канал"
# "временно применяется"
PROVISIONAL_APPLICATION = r"временно\s+применя"
# "до его вступления в силу"
UNTIL_ENTRY_INTO_FORCE = r"до\s+(?:(?:его|ее|её)\s+)?вступлени\w+\s+(?:(?:его|ее|её|настоящего\s+\w+)\s+)?в\s+силу"
# From when it applies, in words (case-sensitive, both languages in a sentence of either): "с даты подписания"
PROVISIONAL_FROM = r"\b(?:с|со)\s+(?:даты|дня|момента)\s+\w+"
# Until when, in words (case-sensitive, both languages in a sentence of either): "до..." (but not "до вступления в
# силу": UNTIL_ENTRY_INTO_FORCE)
PROVISIONAL_UNTIL = r"\bдо\s+(?!вступлени)\S+(?:\s+\S+)?"
# (for however long it may be); "на неопределенный срок", "в течение неопределенного времени", "бессрочно"
INDEFINITE_TERM = r"неопредел[её]нн\w+\s+(?:срок|врем)|бессрочн|без\s+ограничения\s+срока"
# "сроком на пять лет", "действует в течение пяти лет" (a group holds the number). The verb of the treaty's own
# operation, in the present, is part of the "for five years" wording: "после того, как она действовала в течение пяти
# лет" is a condition of denunciation, not a term.
TERM_YEARS = (rf"(?:сроком|срок)\s+(?:на\s+)?({NUMBER})\s+(?:лет|года|год)\b|\bна\s+({NUMBER})\s+(?:лет|года)\b"
          rf"|(?:действует|будет\s+действовать|применяется)\s+в\s+течение\s+({NUMBER})\s+(?:лет|года)\b")
# "автоматически продлевается" "будет продлеваться автоматически", "с автоматическим продлением"
TACIT_RENEWAL = (r"автоматически\s+(?:\w+\s+){0,2}продл|считается\s+продл[её]нн|продлевается"
    r"|продлева\w*\s+автоматически"
          r"|автоматическ\w+\s+продлени")
# "на последующие пятилетние периоды" (a group holds the word with the number)
RENEWAL_PERIOD = r"(\w+?)летн\w+\s+период|период\w*\s+(?:по|в)\s+(\w+)\s+(?:лет|года)"
# "остается в силе до тех пор, пока..." (a group holds the condition) "остается в силе до момента полного
# выполнения...", "действует до 31 декабря 2007 года": until an event or a date.
UNTIL_CONDITION = (r"(?:остается|остаётся|действует)\s+в\s+силе\s+(до\s+(?:тех\s+пор,?\s+пока|момента)\s+.+?)\s*\.?$"
          r"|\bдействует\s+(до\s+\d{1,2}\s+\w+\s+\d{4}\s+(?:года|г\.))")
# TERM_YEARS and UNTIL_CONDITION try a long alternation, or a scan to the end of the sentence, at every
# position, which is slow; every match of theirs holds one of these words, so a sentence without it is not searched
# (keep each language's cue in step with its pattern).
TERM_YEARS_CUE = YEARS
UNTIL_CONDITION_CUE = r"в\s+силе|действует\s+до\s+\d"
# The end of a period, not a condition: "до истечения шести месяцев" (case-sensitive, both languages in a text of
# either)
EXPIRY_OF_PERIOD = rf"<forms:истечение>|{MONTHS}"
TERMINATE = r"<forms:прекратить,прекратиться,прекращать,прекращаться,прекращение>"
TREATY_OPERATION = r"<forms:действие>"
# Denouncing the treaty ends it as terminating its operation does: "может денонсировать". Not another treaty losing
# its force.
DENOUNCE = r"<forms:денонсировать,денонсация>"
# A party withdraws from the treaty, which the words name: "выйти из настоящего Соглашения", "выйти из Соглашения"
WITHDRAWAL = rf"(?:выйти|выход\w*)\s+из\s+(?:(?:настоящ|данн)\w+\s+)?{TREATY_NOUN}"
# "Каждая из Сторон"
EACH_PARTY = r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*"
# "любая из Сторон"
EITHER_PARTY = r"\b(?:одна|любая|любой)\s+из\s+Сторон\b|\bлюбая\s+Сторона\b"
# "по взаимному согласию"
MUTUAL_AGREEMENT = r"по\s+взаимному\s+(?:согласию|соглашению)|по\s+согласованию\s+Сторон|по\s+взаимной\s+договоренности"
# "жазбаша хабарлама", "письменного уведомления"
WRITTEN_NOTIFICATION = rf"письменн\w+\s+(?:\w+\s+)?{NOTIFICATION_NOUN}|письменно\s+(?:\w+\s+){{0,3}}{NOTIFY}"
NOTIFICATION = NOTIFY
# "по истечении шести месяцев" (groups: the number, the unit)
NOTICE_PERIOD = (rf"(?:по\s+истечении|до\s+истечения|через|спустя)\s+({NUMBER})\s+({MONTHS}|{YEARS}|{DAYS}|{WEEKS}"
          rf"|календарных\s+{DAYS})")
# The notice is due a period before the term ends or before the withdrawal (groups: the number, the unit): "не менее
# чем за шесть месяцев до истечения", "за 6 месяцев до выхода", "не позднее, чем за один год до истечения".
NOTICE_BEFORE = rf"\bза\s+({NUMBER})\s+({MONTHS}|{YEARS}|{DAYS}|{WEEKS}|календарных\s+{DAYS})\s+до\b"
# The treaty ends on an ordinal day after the notice (group: the ordinal): "на девяностый день после получения
# уведомления"
NOTICE_DAY = r"\bна\s+(\w+(?:ый|ой|ий))\s+день\b|\bна\s+(\d+)\s*-?\s*(?:й|ой|ый)?\s+день\b"
# The treaty stays in force until a period after a notice to end it: open-ended, with that notice (groups: the number,
# the unit): "остается в силе до истечения шести месяцев с даты...", "действует до истечения шести месяцев с даты
# получения... уведомления". A notification must be named after it (NOTIFICATION), or the period is a term, not a
# notice.
UNTIL_NOTICE = (rf"(?:оста[её]тся|оставаться|действует|действовать)\s+(?:в\s+силе\s+)?до\s+истечения\s+({NUMBER})\s+"
          rf"({MONTHS}|{YEARS}|{DAYS}|{WEEKS})")
# The treaty ends when an event happens, which the words name (group: the event): "прекращает (свое) действие с
# момента выполнения всех обязательств...". Not where it ends only "в отношении" something (PARTIAL_SCOPE).
ENDS_ON_EVENT = r"прекраща\w+\s+(?:сво\w+\s+)?действие\s+(с\s+момента\s+.+?)\s*\.?$"
PARTIAL_SCOPE = r"в\s+отношении"
# the notice runs from its receipt: "с даты его получения", "после даты получения"
FROM_RECEIPT = r"\b(?:с|со|после)\s+(?:даты|дня|момента)\s+(?:его\s+)?получения"
# ... or from its sending: "с даты направления"
FROM_SENDING = (r"\b(?:с|со)\s+(?:даты|дня|момента)\s+(?:его\s+)?направления|\b(?:с"
    r"|со)\s+даты,?\s+когда\s+.{0,60}?направит")
# "могут вноситься изменения"
AMENDMENT = r"(?:внос\w*|внесен\w*)\s+(?:\w+\s+){0,3}изменени|изменени\w+\s+(?:\w+\s+){0,3}(?:внос|внесен|вносят)"
# "жеке хаттамалармен", "отдельными протоколами"
BY_SEPARATE_PROTOCOLS = r"отдельны\w*\s+протоколами|протоколами"
# "хаттамамен", "протоколом"
BY_PROTOCOL = r"(?:отдельным\s+)?протоколом"
# "неотъемлемой частью"
INTEGRAL_PART = r"неотъемлем\w+\s+част"
# "споры", "разногласия"
DISPUTE = r"<forms:спор,спорный,разногласие>"
# "разрешаются", "решаются", "урегулирование"; of "разрешить" only its passive participles ("разрешены"), which
# the hand-written stems matched, not its finite forms
SETTLE = (r"<forms:разрешать,разрешаться,разрешение,решать,решаться,урегулировать,урегулироваться,урегулирование>"
          r"|<forms:разрешить|pssv>")
# "рабочим языком является русский" (each group that matched holds a language's name). In prose: the language the
# parties' correspondence or messages are in ("Переписка между Сторонами будет осуществляться на русском языке",
# "сообщения из … передаются … на русском языке, и из … на английском языке"), the languages documents they send each
# other are drawn up in ("Таможенные документы составляются на языке …, а также при необходимости на русском и
# английском языках"), and the language they are translated into ("с переводом на русский язык").
WORKING_LANGUAGE = (r"рабоч\w+\s+язык\w*\s+(?:является|являются|будет|служит)\s+(\w+)"
          r"|(\w+)\s+язык\s+(?:является|будет\s+являться)\s+рабоч"
          r"|(?:пользуются|используют|применяют)\s+(\w+)\s+язык(?:ом)?\b"
          r"|(?<!\w)(?:[Пп]ереписк|[Сс]ообщени|[Кк]орреспонденци)\w*[^.;]{0,250}?\sна\s+(\w+)\s+языке"
          r"(?:,?\s+(?:и|а)\s+[^.;]{0,150}?\sна\s+(\w+)\s+языке)?"
          r"|(?<!\w)[Дд]окумент\w*\s+(?:составля|оформля)\w*[^.;]{0,200}?\sна\s+(\w+)\s+(?:и\s+(\w+)\s+)?язык"
          r"|(?<!\w)[Дд]окумент\w*[^.;]{0,200}?\sперевод\w*\s+на\s+(\w+)\s+язык")
# every WORKING_LANGUAGE match names a language: "язык" (a cheap test before the slow pattern; keep each
# language's cue in step with its pattern)
WORKING_LANGUAGE_CUE = r"<forms:язык>"
# "расходы"
COSTS = r"<forms:расход>"
# each party bears its own: "самостоятельно", "за свой счет"
OWN_COSTS = r"самостоятельно|за\s+сво\w+\s+сч[её]т|несет\s+сво\w+\s+расход|несут\s+сво\w+\s+расход"
# the sharing is left to agreement: "распределяются по договоренности"
COSTS_AS_AGREED = (r"(?:договоренност|согласовани|соглашени)\w*.{0,80}(?:распредел|определя)|(?:распредел"
    r"|определя)\w*.{0,80}"
          r"(?:договоренност|согласовани)")
# "не затрагивает прав и обязательств"
NOT_AFFECT = r"не\s+затрагива(?:ет|ют)\s+(?:\w+\s+){0,2}(?:прав|обязательств)"
# The texts are equally authentic: "имеют одинаковую силу", "равно аутентичны" (looked for in a closing formula of
# either language, both languages' wording)
EQUALLY_AUTHENTIC = r"одинаков\w+\s+сил|равн\w+\s+сил|равно\s+аутентичн|аутентичны|равнозначн"
# The means of dispute settlement, by label. Each is found in a sentence of either language (both languages'
# wording); the clause lists them in the order the sentence names them, and of two at one place the one listed first.
DISPUTE_MEANS = {
    "consultations": r"<forms:консультация>",
    "negotiations": r"<forms:переговоры>",
    "diplomatic-channels": r"дипломатическ\w+\s+канал",
    "mediation": r"<forms:посредник,посредничество>",
    "conciliation": r"<forms:согласительный,примирение>",
    "arbitration": r"<forms:арбитраж,арбитражный>",
    "court": r"<forms:суд,судебный,судья>",
}
# What a treaty does not affect, in order of precedence: the one named first in the sentence wins, and of two at one
# place the one listed first here (an international treaty before any other treaty).
NON_AFFECTION_SCOPES = {
    "other-international-treaties": r"международн\w+\s+договор",
    "other-international-agreements": r"международн\w+\s+соглашени",
    "other-treaties": r"други\w+\s+договор",
    "other-agreements": r"други\w+\s+соглашени",
}
