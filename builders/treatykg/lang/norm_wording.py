"""The wording and grammar of norms (facts/norms.py): who bears a norm, whether the treaty itself is the subject,
the main clause of a sentence, and the modality its predicate expresses, in Kazakh and in Russian.

Modality. Kazakh is verb-final, so the predicate is the end of the sentence (``kazakh_modality``):
  ``жол берілмейді``, ``тыйым салынады``, negative present (``-майды/-мейді``, ``пайдаланылмайды``,
  ``жатпайды``), ``-а/-е/-й алмайды`` -> prohibition; ``құқылы``, ``құқығы бар`` -> right; ``тиіс``,
  ``міндетті``, ``жауапты болады``, ``-уға жатады`` -> obligation; ``мүмкін`` -> permission; converb +
  ``алады`` (``мәлімдей алады``) -> right (facts/norms.py makes it a permission unless one Party holds it:
  each-party, party); ``-атын/-етін болады`` and the present ``-ады/-еді/-йды/-йді`` (``жүзеге асырады``,
  ``қамтамасыз етеді``, ``төлейді``) -> obligation. A Kazakh clause closed by a comma may hold the modal word
  (``… енгізілуі мүмкін, олар … ресімделеді`` -> permission); ``-мауға тиіс`` (must not) -> prohibition.
Russian (the predicate anywhere, relative and conditional clauses set aside: ``russian_modality``):
  ``не допускается``, ``запрещается``, ``не вправе``, ``не может/могут``, ``не подлежит`` -> prohibition;
  ``вправе``, ``имеет право`` -> right; ``обязуются``, ``обязаны``, ``должны``, ``подлежит``, ``требуется``,
  ``несет ответственность`` -> obligation; ``может``/``могут`` + active infinitive -> right when one Party
  holds it, else permission (and ``может быть …``, ``могут вноситься`` -> permission); ``согласились``,
  ``будут`` + infinitive, a sentence opening with an infinitive, and the present or perfective future of
  the 3rd person (``осуществляют``, ``обеспечивают``, ``предоставит``) -> obligation.
The "one Party may" rule keeps the languages in step: ``Тараптардың әрқайсысы … тоқтата алады`` and
``Каждая из Сторон может прекратить`` are both a right of each party.

Statements. A sentence whose predicate only states a fact gives modality ``statement`` or no modality:
definitions and designations (``… білдіреді``, ``… болып табылады``, ``означают``, ``является``, ``имеет …
значение``), list items without a predicate of their own (Art. 1 definitions, Art. 2 authorities), copular
``болады`` / ``будут`` + adjective (``хабарлар … құпия болады``), past tense (``пайдаланды``).
``about_treaty`` tells a sentence whose subject is the treaty itself or its operation (``Осы Келісім … күшіне
енеді``, ``Келісімнің қолданысы … тоқтатылады``, ``Настоящее Соглашение не затрагивает …``) or a ``ешнәрсе`` /
``Ничто`` clause, and an intro about the treaty (``Осы баптың 1-тармағының ережелері …:``) whose items are then
statements too. facts/norms.py keeps such a sentence when a modal word gives a Party a permission or right
(``Осы Келісімнің қолданысын … кез келген Тарап тоқтатуы мүмкін``).

Bearer (``find_bearer``): each-party (``Тараптардың әрқайсысы``, ``әр/әрбір Тарап``, ``Каждая из Сторон``),
competent-authorities (``(Тараптардың) құзыретті органдары/ұйымдар``, ``компетентные органы/организации``), party
(one named party: ``сұрау салынатын Тарап``, ``кез келген Тарап``, ``Запрашиваемая Сторона``, ``одна из
Сторон``), parties (``Тараптар``, ``Стороны``). The bearer is the one named first in the main clause
(``main_clause``: a conditional ``Егер …-са,`` / ``Если …,`` is set aside; a Kazakh phrase followed by a
postposition, ``құзыретті органдары арасында``, is no subject; Russian ``Стороны`` counts only when a plural
predicate follows, since it is also the genitive singular), else the one named first in the whole sentence;
failing that, ``parties_mentioned`` finds any mention of the Parties (``Тараптардың өзара келісімі бойынша …
енгізілуі мүмкін`` -> parties).
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.wording import languages_of

# The bearers that are one Party (each of them, or one named Party): a Party that "may" holds a right.
PARTY_BEARERS = ("each-party", "party")

# --- bearers -----------------------------------------------------------------------------------------------------

# Kazakh postpositions: a noun phrase followed by one ("құзыретті органдары арасында") is not the subject
POSTPOSITIONS_KK = r"арасында|арасындағы|арқылы|бойынша|үшін|туралы|жөнінде|жөніндегі|сияқты|сайын|мен|және|деп"
# The bearers in each language, by kind, in the order they are tried: (kind, pattern)
_BEARER_WORDING = {
    "kk": [
        ("each-party", r"Тараптардың\s+әрқайсысы(?![\w-])|\b(?:[Әә]р|[Әә]рбір)\s+[Тт]арап(?![\w-])"),
        ("competent-authorities",
         r"(?:Тараптардың\s+|Тараптар\s+мемлекеттерінің\s+)?[Ққ]ұзыретті\s+(?:органдар|ұйымдар)(?:ы)?(?![\w-])"
         rf"(?!\s+(?:{POSTPOSITIONS_KK})\b)"),
        ("party", r"\b(?:[Сс]ұрау\s+салынатын|[Сс]ұрау\s+салушы|[Тт]иісті|[Бб]еруші|[Ққ]абылдаушы|[Кк]ез\s+келген"
                  r"|[Мм]үдделі)\s+[Тт]арап(?![\w-])|Тараптардың\s+(?:бірі|біреуі)(?![\w-])|Қазақстан\s+Тарабы"),
        ("parties", rf"\bТараптар(?![\w-])(?!\s+мемлекет)(?!\s+(?:{POSTPOSITIONS_KK})\b)"),
    ],
    "ru": [
        ("each-party", r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*"),
        ("competent-authorities",
         r"(?<!между\s)\b[Кк]омпетентн(?:ые|ыми)\s+(?:органы|органами|организации|организациями)\b"),
        ("party", r"\b(?:[Зз]апрашиваемая|[Зз]апрашивающая|[Сс]оответствующая|[Кк]азахстанская|[Зз]аинтересованная"
                  r"|[Пп]ринимающая)\s+[Сс]торона\b|\b(?:[Оо]дна|[Лл]юбая|[Лл]юбой)\s+из\s+Сторон\b"
                  r"|\b[Лл]юбая\s+Сторона\b"),
        # "Стороны" is also the genitive singular ("другой Стороны", "согласие Стороны"): see russian_subject
        ("parties", r"(?<!ой\s)(?<!ей\s)(?<!их\s)\b[Сс]тороны\b(?!\s+(?:государств|Сторон))"),
    ],
}
# any mention of the Parties, for a sentence whose subject names nobody
_PARTIES_ANYWHERE_WORDING = {"kk": r"\bТараптар\w*", "ru": r"\bСторон(?:ам|ами|ах)?\b"}
# compiled once: they are tried on every sentence and on its main clause
BEARERS = {lang: [(kind, re.compile(pattern)) for kind, pattern in kinds] for lang, kinds in _BEARER_WORDING.items()}
# Every match of a language's bearer patterns holds one of its words (keep them in step): a text without any of
# them names no bearer in that language, and is not searched.
BEARER_WORDS = {"kk": ("арап", "Тарабы", "ұзыретті"), "ru": ("торон", "омпетентн")}
PARTIES_ANYWHERE = {lang: re.compile(pattern) for lang, pattern in _PARTIES_ANYWHERE_WORDING.items()}


RU_PLURAL_PREDICATE = re.compile(
    r"\b(?:[а-яё]{3,}(?:ют|ят|ут|ат|ются|ятся|утся|атся)|вправе|согласились|согласны|обязаны|должны)\b")


def russian_subject(text: str, found: re.Match) -> bool:
    """Nominative plural "Стороны": a plural predicate follows in the same clause."""
    rest = re.sub(r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об)\s+)?(?:котор|когда|если|что)\w*[^,.;]*", "",
                  text[found.end():])
    return any(m.group(0).lower() not in RU_NOT_VERBS or m.group(0).lower() in ("будут", "могут", "смогут")
               for m in RU_PLURAL_PREDICATE.finditer(rest))


def first_bearer(text: str, language: str) -> tuple[str, str, int] | None:
    """(kind, words, position) of the bearer named first in ``text`` (the subject usually comes first in both
    languages)."""
    found = []
    for lang in languages_of(language):
        if not any(word in text for word in BEARER_WORDS[lang]):
            continue
        for kind, pattern in BEARERS[lang]:
            for match in pattern.finditer(text):
                if lang == "ru" and kind == "parties" and not russian_subject(text, match):
                    continue
                found.append((match.start(), kind, match.group(0)))
                break
    if not found:
        return None
    at, kind, words = min(found)
    return kind, words, at


def parties_mentioned(text: str, language: str) -> tuple[str, str, int] | None:
    """("parties", words, position) of the first mention of the Parties in ``text``, in any case."""
    for lang in languages_of(language):
        found = PARTIES_ANYWHERE[lang].search(text)
        if found:
            return "parties", found.group(0), found.start()
    return None


@lru_cache(maxsize=256)  # asked for three or four times per sentence: bearer, fallback, subject
def main_clause(sentence: str) -> str:
    """The sentence without a leading conditional clause (``Егер …-са,``, ``Если …,``, ``В случае …,``)."""
    text = re.sub(r"^\d+\.\s*", "", sentence)
    text = re.sub(r"^Егер\s.*?\w(?:са|се)(?:\s+\w+)?,\s*(?:онда\s+)?", "", text)
    text = re.sub(r"^(?:Если|В\s+случае,?\s+если)\s[^,]*,\s*(?:что\s[^,]*,\s*)?(?:\w+\s+[^,]*,\s*)?", "", text)
    return text


def find_bearer(sentence: str, language: str) -> tuple[str, str, int] | None:
    """The bearer named in the main clause, else anywhere in the sentence; position is in ``sentence``."""
    main = main_clause(sentence)
    offset = sentence.find(main) if main else 0
    found = first_bearer(main, language)
    if found:
        return found[0], found[1], found[2] + max(offset, 0)
    return first_bearer(sentence, language)


# --- the treaty as subject ---------------------------------------------------------------------------------------

# what may open the sentence before its subject: a point number, "Мұндай жағдайда,", "В таком случае,"
_LEAD_KK = r"^(?:\d+\.\s*)?(?:(?:Мұндай|Бұл|Осы|Сол)\s+жағдайда,?\s+)?"
_LEAD_RU = r"^(?:\d+\.\s*)?(?:В\s+(?:таком|этом|данном)\s+случае,?\s+)?"
# the treaty, its provisions or its operation as the subject: "Осы Келісім ...", "Келісімнің қолданысы ...",
# "Настоящее Соглашение ...", "Положения настоящего ...", "Ничто ..."
_TREATY_AS_SUBJECT_WORDING = {
    "kk": _LEAD_KK + r"(?:Осы\s+)?(?:[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенция)"
          r"(?:\s(?!шеңбер|бойынша|негіз|мақсат|аясында|талап|шарттар)|(?:нің|тің|дің|ның|ің)\s+"
          r"(?:\w+\s+)?(?:қолданысы|ережелері|күші|мерзімі|мәтіні)(?![\w-]))|\b(?:ешнәрсе|ештеңе)\b"
          r"|\b[Кк]елісім(?:нің|інің)\s+(?:қолданысы|ережелері|күші)(?![\w-])"
          r"|^(?:\d+\.\s*)?[Оо]ның\s+(?:күші|қолданысы)\b"
          r"|^(?:\d+\.\s*)?Осы\s+(?:баптың|тармақтың|\S+\s+){1,3}ережелері(?![\w-])",
    "ru": _LEAD_RU + r"(?:(?:Настоящ|Данн)\w+\s+(?:Соглашение|Договор|Протокол|Конвенция)\b|(?:Положения|Действие|Текст"
          r"|Срок\s+действия)\s+(?:настоящего|данного)\s|Положения\s+(?:пункта|статьи|настоящей)\s"
          r"|(?:Его|Ее|Её)\s+действие\b)"
          r"|^(?:\d+\.\s*)?Ничто\b",
}
TREATY_AS_SUBJECT = {lang: re.compile(pattern) for lang, pattern in _TREATY_AS_SUBJECT_WORDING.items()}


def about_treaty(sentence: str, language: str) -> bool:
    """The subject is the treaty, its provisions or its operation (in the sentence or in its main clause)."""
    main = main_clause(sentence)
    return any(TREATY_AS_SUBJECT[lang].search(text) for lang in languages_of(language) for text in (sentence, main))


# --- Kazakh modality ---------------------------------------------------------------------------------------------

# verbs that make a predicate with the word before them ("жүзеге асырады", "қамтамасыз етеді")
KK_LIGHT_VERBS = {"етеді", "етпейді", "асырады", "асырмайды", "жасайды", "жасамайды", "көрсетеді", "келтіреді",
                  "келтірмейді", "береді", "бермейді", "салады", "қояды", "алады", "асырылады", "етіледі",
                  "жасалады", "көрсетіледі", "келтіріледі", "асырылмайды", "етілмейді", "тартады", "тартпайды",
                  "қойылады"}
KK_NOT_VERBS = {"жағдайды", "жағдайді"}   # accusative nouns in -йды
# predicates that state a fact ("... болып табылады", "... білдіреді")
KK_COPULAS = {"табылады", "білдіреді", "болады", "қамтиды", "саналады", "есептеледі"}
# The cue of a Kazakh right read from converb + "алады" (can): a right only when one Party holds it.
KK_CAN_CUE = re.compile(r"алады$")


def _words(sentence: str) -> list[str]:
    return re.findall(r"[\w-]+", sentence)


_STRONG = ("prohibition", "right", "permission")


def kazakh_modality(sentence: str) -> tuple[str, str] | None:
    """(modality, cue) of a Kazakh sentence: its final predicate, unless an earlier clause closed by a comma ends
    in a modal word (``… енгізілуі мүмкін, олар … ресімделеді``: the amendment may be made)."""
    final = kazakh_predicate(sentence)
    if final and (final[0] in _STRONG or final[1] in ("тиіс", "міндетті")):
        return final
    for clause in sentence.split(",")[:-1]:
        found = kazakh_predicate(clause)
        if found and (found[0] in _STRONG or found[1] in ("тиіс", "міндетті")):
            return found
    return final


def kazakh_predicate(sentence: str) -> tuple[str, str] | None:
    """(modality, cue) from the end of a Kazakh clause, ``("statement", …)`` for a copula, or None."""
    words = _words(sentence)
    if not words:
        return None
    last = words[-1].lower()
    prev = words[-2].lower() if len(words) > 1 else ""
    tail = " ".join(words[-3:])
    found = re.search(r"(?:жол\s+берілмейді|тыйым\s+салынады|рұқсат\s+етілмейді)$", tail)
    if found:
        return "prohibition", found.group(0)
    if last == "құқылы":
        return "right", words[-1]
    found = re.search(r"құқ(?:ығы|ықтары)\s+бар$", tail)
    if found:
        return "right", found.group(0)
    if last == "емес" and prev == "мүмкін":
        return "prohibition", "мүмкін емес"
    if last == "мүмкін":
        return "permission", words[-1]
    if last == "тиіс" and re.search(r"(?:ма|ме|ба|бе|па|пе)у(?:ға|ге)$", prev):
        return "prohibition", f"{words[-2]} {words[-1]}"   # "аспауға тиіс": must not exceed
    if last in ("тиіс", "міндетті", "міндеттенеді"):
        return "obligation", words[-1]
    if prev in ("тиіс", "міндетті", "жауапты") and last in ("болады", "болып", "табылады"):
        return "obligation", f"{words[-2]} {words[-1]}"
    if last in ("алады", "алмайды") and re.search(r"[аейя]$", prev) and prev not in ("және", "не", "немесе"):
        return ("right" if last == "алады" else "prohibition"), f"{words[-2]} {words[-1]}"
    if last == "болады" and re.search(r"(?:атын|етін|йтын|йтін|ытын|ітін)$", prev):
        negative = re.search(r"(?:ма|ме|ба|бе|па|пе)(?:йтын|йтін)$", prev)
        return ("prohibition" if negative else "obligation"), f"{words[-2]} {words[-1]}"
    if last == "болмайды":
        return "prohibition", words[-1]
    if last in ("жатады", "жатпайды") and re.search(r"(?:уға|уге|ға|ге|қа|ке)$", prev):
        return ("obligation" if last == "жатады" else "prohibition"), f"{words[-2]} {words[-1]}"
    if last in KK_COPULAS or (prev == "болып" and last == "табылады"):
        return "statement", words[-1]
    if last in ("келісті", "уағдаласты"):
        return "obligation", words[-1]
    if re.search(r"(?:ма|ме|ба|бе|па|пе)(?:йды|йді)$", last):
        cue = f"{words[-2]} {words[-1]}" if last in KK_LIGHT_VERBS or prev == "ықпал" else words[-1]
        return "prohibition", cue
    if re.search(r"(?:ады|еді|йды|йді|яды)$", last) and len(last) > 4 and last not in KK_NOT_VERBS:
        cue = f"{words[-2]} {words[-1]}" if last in KK_LIGHT_VERBS and len(words) > 1 else words[-1]
        return "obligation", cue
    return None


# --- Russian modality --------------------------------------------------------------------------------------------

RU_PROHIBITION = re.compile(r"\bне\s+допуска\w*|\bзапреща\w*|\bне\s+вправе\b|\bне\s+(?:может|могут)\b"
                            r"|\bне\s+подлеж\w*|\bне\s+долж(?:ен|на|но|ны)\b", re.I)
RU_RIGHT = re.compile(r"\bвправе\b|\bиме(?:ет|ют)\s+(?:исключительное\s+)?право\b", re.I)
RU_OBLIGATION = re.compile(r"\bобязу\w*ся\b|\bобязан\w*\b|\bдолж(?:ен|на|но|ны)\b|\bнес(?:ет|ут)\s+ответственность\b"
                           r"|\bподлеж(?:ит|ат)\b|\bтребуется\b", re.I)
RU_INFINITIVE = re.compile(r"\b[а-яё]+(?:ть|ться|чь)\b")
RU_AGREED = re.compile(r"\bсогласились\b|\bсогласны\b|\bдоговорились\b", re.I)
RU_WILL = re.compile(r"\bбуд(?:ут|ет)\s+(\w+)", re.I)
# predicates that state a fact ("является", "означают", "вступает")
RU_STATEMENT_VERBS = {
    "является", "являются", "означает", "означают", "имеет", "имеют", "включает", "включают", "составляет",
    "составляют", "содержит", "содержат", "затрагивает", "затрагивают", "препятствует", "вступает", "вступают",
    "остается", "остаётся", "прекращается", "заключается", "состоят", "состоит", "относятся", "относится",
    "соответствуют", "соответствует", "действует", "применяется", "распространяется",
}
# words that end like a finite verb and are not one (and the modal verbs, read apart)
RU_NOT_VERBS = {
    "комитет", "совет", "бюджет", "предмет", "паритет", "приоритет", "кабинет", "запрет", "ответ", "секрет", "пакет",
    "билет", "портрет", "лет", "нет", "транзит", "кредит", "лимит", "депозит", "визит", "суверенитет", "авторитет",
    "иммунитет", "аппарат", "формат", "результат", "мандат", "сертификат", "климат", "штат", "кандидат", "дипломат",
    "сенат", "институт", "маршрут", "минут", "валют", "атрибут", "принят", "занят", "снят", "взят", "понят",
    "может", "могут", "будет", "будут", "смогут", "сможет", "обмен", "вет", "объект", "проект", "контракт",
}
RU_PREPOSITIONS = {"в", "во", "на", "о", "об", "при", "по", "за", "из", "от", "до", "для", "с", "со", "к", "ко",
                   "без", "через", "между", "под", "над", "про"}
RU_FINITE = re.compile(r"^[а-яё]{2,}(?:ают|яют|уют|еют|ют|ят|ут|ат|ет|ит|ется|ится|ются|ятся|утся|атся)$")


def russian_core(sentence: str) -> str:
    """The sentence without relative, conditional and temporal clauses (their verbs are not the predicate)."""
    text = main_clause(sentence)
    text = re.sub(r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об|между)\s+)?"
                  r"(?:котор\w+|когда|если|что|чтобы|пока|где|как)\b[^,.;]*", "", text)
    text = re.sub(r"\([^)]*\)", "", text)
    return text


def russian_modality(sentence: str, bearer_kind: str) -> tuple[str, str] | None:
    """(modality, cue) of a Russian sentence, ``("statement", …)`` for a predicate that states a fact, or None;
    ``может`` + an active infinitive is a right when ``bearer_kind`` is one Party (PARTY_BEARERS)."""
    core = russian_core(sentence)
    found = RU_PROHIBITION.search(core)
    if found:
        return "prohibition", found.group(0)
    found = RU_RIGHT.search(core)
    if found:
        return "right", found.group(0)
    found = RU_OBLIGATION.search(core)
    if found:
        return "obligation", found.group(0)
    found = re.search(r"\b(?:может|могут)\b", core)
    if found:
        verb = RU_INFINITIVE.search(core, found.end())
        if verb and verb.group(0) != "быть" and not verb.group(0).endswith("ся") and bearer_kind in PARTY_BEARERS:
            return "right", f"{found.group(0)} {verb.group(0)}"   # one Party may: its right
        return "permission", found.group(0)
    found = RU_AGREED.search(core)
    if found:
        return "obligation", found.group(0)
    found = RU_WILL.search(core)
    if found:
        if re.search(r"(?:ть|ться|чь)$", found.group(1)):
            return "obligation", found.group(0)
        return "statement", found.group(0)
    first = re.match(r"\s*([А-ЯЁ][а-яё]+(?:ть|ться))\b", core)
    if first:
        return "obligation", first.group(1)
    tokens = re.findall(r"[А-Яа-яЁё-]+", core)
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in RU_STATEMENT_VERBS:
            return "statement", token
        if not token[0].islower() and i > 0:
            continue
        if word in RU_NOT_VERBS or not RU_FINITE.match(word):
            continue
        if i > 0 and tokens[i - 1].lower() in RU_PREPOSITIONS:
            continue
        return "obligation", token
    return None


# --- markers -----------------------------------------------------------------------------------------------------

# The marker a provision's text may open with: a point number "1. ", a list marker "1)", "а)", "a)", a dash or bullet
OPENING_MARKER = re.compile(r"^(?:\d+\.\s+|(?:\d+|[а-яa-z])\)\s*|[-–—•]\s+)")
