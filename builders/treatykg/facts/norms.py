"""Norms: obligations, permissions, prohibitions and rights, with their bearer and the cue that decided them.

Unit. A norm is read from each sentence of a provision (paragraph, list intro, list item). Almost every
provision holds one sentence, so this is one Norm per normative provision; a paragraph whose sentences carry
different norms (148550 Art. 10 para 1: the requested Party takes measures, may ask for more, informs) gives
one Norm per such sentence, all with the provision's eId.

Statements are skipped, consistently: a sentence whose predicate only states a fact is not a norm of anyone
and yields no Norm (modality ``statement`` is never emitted). Statements are
  - definitions and designations (``… білдіреді``, ``… болып табылады``, ``означают``, ``является``,
    ``имеет … значение``) and list items without a predicate of their own (Art. 1 definitions, Art. 2
    authorities);
  - sentences whose subject is the treaty itself or its operation (``Осы Келісім … күшіне енеді``,
    ``Келісімнің қолданысы … тоқтатылады``, ``Настоящее Соглашение не затрагивает …``) and
    ``ешнәрсе`` / ``Ничто`` clauses, unless a modal word gives a Party a permission or right
    (``Осы Келісімнің қолданысын … кез келген Тарап тоқтатуы мүмкін``);
  - copular ``болады`` / ``будут`` + adjective (``хабарлар … құпия болады``), past tense (``пайдаланды``).
These clauses are covered by extract.clauses where they are typed (entry into force, working language ...).

Modality. Kazakh is verb-final, so the predicate is the end of the sentence:
  ``жол берілмейді``, ``тыйым салынады``, negative present (``-майды/-мейді``, ``пайдаланылмайды``,
  ``жатпайды``), ``-а/-е/-й алмайды`` -> prohibition; ``құқылы``, ``құқығы бар`` -> right; ``тиіс``,
  ``міндетті``, ``жауапты болады``, ``-уға жатады`` -> obligation; ``мүмкін`` -> permission; converb +
  ``алады`` (``мәлімдей алады``) -> right when one Party holds it (each-party, party), else permission;
  ``-атын/-етін болады`` and the present ``-ады/-еді/-йды/-йді`` (``жүзеге асырады``, ``қамтамасыз етеді``,
  ``төлейді``) -> obligation.
Russian (the predicate anywhere, relative and conditional clauses set aside): ``не допускается``,
  ``запрещается``, ``не вправе``, ``не может/могут``, ``не подлежит`` -> prohibition; ``вправе``,
  ``имеет право`` -> right; ``обязуются``, ``обязаны``, ``должны``, ``подлежит``, ``требуется``,
  ``несет ответственность`` -> obligation; ``может``/``могут`` + active infinitive -> right when one Party
  holds it, else permission (and ``может быть …``, ``могут вноситься`` -> permission); ``согласились``,
  ``будут`` + infinitive, a sentence opening with an infinitive, and the present or perfective future of
  the 3rd person (``осуществляют``, ``обеспечивают``, ``предоставит``) -> obligation.
The "one Party may" rule keeps the languages in step: ``Тараптардың әрқайсысы … тоқтата алады`` and
``Каждая из Сторон может прекратить`` are both a right of each party.

Bearer: each-party (``Тараптардың әрқайсысы``, ``әр/әрбір Тарап``, ``Каждая из Сторон``), competent-
authorities (``(Тараптардың) құзыретті органдары/ұйымдар``, ``компетентные органы/организации``), party
(one named party: ``сұрау салынатын Тарап``, ``кез келген Тарап``, ``Запрашиваемая Сторона``, ``одна из
Сторон``), parties (``Тараптар``, ``Стороны``), else other. The bearer is the one named first in the main
clause (a conditional ``Егер …-са,`` / ``Если …,`` is set aside; a Kazakh phrase followed by a postposition,
``құзыретті органдары арасында``, is no subject; Russian ``Стороны`` counts only when a plural predicate
follows, since it is also the genitive singular); failing that, any mention of the Parties in the sentence
(``Тараптардың өзара келісімі бойынша … енгізілуі мүмкін`` -> parties). A list item without a bearer of its
own takes the bearer of its intro (seed Art. 5: ``Тараптардың құзыретті органдары:``). ``bearer_text`` is
the phrase as written ("" when there is none); ``action`` is the sentence without the bearer (kept whole when
the bearer is only a mention; for an item with the intro's bearer, the item text); ``cue`` is the word or
words that decided the modality. A Kazakh clause closed by a comma may hold the modal word
(``… енгізілуі мүмкін, олар … ресімделеді`` -> permission); ``-мауға тиіс`` (must not) -> prohibition.
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.facts.types import Norm
from treatykg.text.document import Treaty
from treatykg.lang.sentences import split_sentences
from treatykg.lang.wording import languages_of
from treatykg.facts.provisions import Provision, evidence, provisions

PARTY_BEARERS = ("each-party", "party")

# --- bearers -----------------------------------------------------------------------------------------------------

_POSTPOSITIONS_KK = r"арасында|арасындағы|арқылы|бойынша|үшін|туралы|жөнінде|жөніндегі|сияқты|сайын|мен|және|деп"
_BEARERS = {
    "kk": [
        ("each-party", r"Тараптардың\s+әрқайсысы(?![\w-])|\b(?:[Әә]р|[Әә]рбір)\s+[Тт]арап(?![\w-])"),
        ("competent-authorities",
         r"(?:Тараптардың\s+|Тараптар\s+мемлекеттерінің\s+)?[Ққ]ұзыретті\s+(?:органдар|ұйымдар)(?:ы)?(?![\w-])"
         rf"(?!\s+(?:{_POSTPOSITIONS_KK})\b)"),
        ("party", r"\b(?:[Сс]ұрау\s+салынатын|[Сс]ұрау\s+салушы|[Тт]иісті|[Бб]еруші|[Ққ]абылдаушы|[Кк]ез\s+келген"
                  r"|[Мм]үдделі)\s+[Тт]арап(?![\w-])|Тараптардың\s+(?:бірі|біреуі)(?![\w-])|Қазақстан\s+Тарабы"),
        ("parties", rf"\bТараптар(?![\w-])(?!\s+мемлекет)(?!\s+(?:{_POSTPOSITIONS_KK})\b)"),
    ],
    "ru": [
        ("each-party", r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*"),
        ("competent-authorities",
         r"(?<!между\s)\b[Кк]омпетентн(?:ые|ыми)\s+(?:органы|органами|организации|организациями)\b"),
        ("party", r"\b(?:[Зз]апрашиваемая|[Зз]апрашивающая|[Сс]оответствующая|[Кк]азахстанская|[Зз]аинтересованная"
                  r"|[Пп]ринимающая)\s+[Сс]торона\b|\b(?:[Оо]дна|[Лл]юбая|[Лл]юбой)\s+из\s+Сторон\b"
                  r"|\b[Лл]юбая\s+Сторона\b"),
        # "Стороны" is also the genitive singular ("другой Стороны", "согласие Стороны"): see _ru_subject
        ("parties", r"(?<!ой\s)(?<!ей\s)(?<!их\s)\b[Сс]тороны\b(?!\s+(?:государств|Сторон))"),
    ],
}
# any mention of the Parties, for a sentence whose subject names nobody
_PARTIES_ANYWHERE = {"kk": r"\bТараптар\w*", "ru": r"\bСторон(?:ам|ами|ах)?\b"}
# compiled once: they are tried on every sentence and on its main clause
_BEARERS = {lang: [(kind, re.compile(pattern)) for kind, pattern in kinds] for lang, kinds in _BEARERS.items()}
# Every match of a language's bearer patterns holds one of its words (keep them in step): a text without any of
# them names no bearer in that language, and is not searched.
_BEARER_WORDS = {"kk": ("арап", "Тарабы", "ұзыретті"), "ru": ("торон", "омпетентн")}
_PARTIES_ANYWHERE = {lang: re.compile(pattern) for lang, pattern in _PARTIES_ANYWHERE.items()}


_RU_PLURAL_PREDICATE = re.compile(
    r"\b(?:[а-яё]{3,}(?:ют|ят|ут|ат|ются|ятся|утся|атся)|вправе|согласились|согласны|обязаны|должны)\b")


def _ru_subject(text: str, found: re.Match) -> bool:
    """Nominative plural "Стороны": a plural predicate follows in the same clause."""
    rest = re.sub(r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об)\s+)?(?:котор|когда|если|что)\w*[^,.;]*", "",
                  text[found.end():])
    return any(m.group(0).lower() not in _RU_NOT_VERBS or m.group(0).lower() in ("будут", "могут", "смогут")
               for m in _RU_PLURAL_PREDICATE.finditer(rest))


def _bearer(text: str, language: str) -> tuple[str, str, int] | None:
    """The bearer named first in ``text`` (the subject usually comes first in both languages)."""
    found = []
    for lang in languages_of(language):
        if not any(word in text for word in _BEARER_WORDS[lang]):
            continue
        for kind, pattern in _BEARERS[lang]:
            for match in pattern.finditer(text):
                if lang == "ru" and kind == "parties" and not _ru_subject(text, match):
                    continue
                found.append((match.start(), kind, match.group(0)))
                break
    if not found:
        return None
    at, kind, words = min(found)
    return kind, words, at


def _fallback_bearer(text: str, language: str) -> tuple[str, str, int] | None:
    for lang in languages_of(language):
        found = _PARTIES_ANYWHERE[lang].search(text)
        if found:
            return "parties", found.group(0), found.start()
    return None


@lru_cache(maxsize=256)  # asked for three or four times per sentence: bearer, fallback, subject
def _main_clause(sentence: str) -> str:
    """The sentence without a leading conditional clause (``Егер …-са,``, ``Если …,``, ``В случае …,``)."""
    text = re.sub(r"^\d+\.\s*", "", sentence)
    text = re.sub(r"^Егер\s.*?\w(?:са|се)(?:\s+\w+)?,\s*(?:онда\s+)?", "", text)
    text = re.sub(r"^(?:Если|В\s+случае,?\s+если)\s[^,]*,\s*(?:что\s[^,]*,\s*)?(?:\w+\s+[^,]*,\s*)?", "", text)
    return text


# --- the treaty as subject ---------------------------------------------------------------------------------------

_LEAD_KK = r"^(?:\d+\.\s*)?(?:(?:Мұндай|Бұл|Осы|Сол)\s+жағдайда,?\s+)?"
_LEAD_RU = r"^(?:\d+\.\s*)?(?:В\s+(?:таком|этом|данном)\s+случае,?\s+)?"
_SELF_SUBJECT = {
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
_SELF_SUBJECT = {lang: re.compile(pattern) for lang, pattern in _SELF_SUBJECT.items()}


def _about_treaty(sentence: str, language: str) -> bool:
    """The subject is the treaty, its provisions or its operation (in the sentence or in its main clause)."""
    main = _main_clause(sentence)
    return any(_SELF_SUBJECT[lang].search(text) for lang in languages_of(language) for text in (sentence, main))


# --- Kazakh modality ---------------------------------------------------------------------------------------------

_LIGHT_VERBS_KK = {"етеді", "етпейді", "асырады", "асырмайды", "жасайды", "жасамайды", "көрсетеді", "келтіреді",
                   "келтірмейді", "береді", "бермейді", "салады", "қояды", "алады", "асырылады", "етіледі",
                   "жасалады", "көрсетіледі", "келтіріледі", "асырылмайды", "етілмейді", "тартады", "тартпайды",
                   "қояды", "қойылады"}
_NOT_VERBS_KK = {"жағдайды", "жағдайді"}   # accusative nouns in -йды
_COPULA_KK = {"табылады", "білдіреді", "болады", "қамтиды", "саналады", "есептеледі"}


def _words(sentence: str) -> list[str]:
    return re.findall(r"[\w-]+", sentence)


_STRONG = ("prohibition", "right", "permission")


def _kk_modality(sentence: str) -> tuple[str, str] | None:
    """(modality, cue) of a Kazakh sentence: its final predicate, unless an earlier clause closed by a comma ends
    in a modal word (``… енгізілуі мүмкін, олар … ресімделеді``: the amendment may be made)."""
    final = _kk_predicate(sentence)
    if final and (final[0] in _STRONG or final[1] in ("тиіс", "міндетті")):
        return final
    for clause in sentence.split(",")[:-1]:
        found = _kk_predicate(clause)
        if found and (found[0] in _STRONG or found[1] in ("тиіс", "міндетті")):
            return found
    return final


def _kk_predicate(sentence: str) -> tuple[str, str] | None:
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
    if last in _COPULA_KK or (prev == "болып" and last == "табылады"):
        return "statement", words[-1]
    if last in ("келісті", "уағдаласты"):
        return "obligation", words[-1]
    if re.search(r"(?:ма|ме|ба|бе|па|пе)(?:йды|йді)$", last):
        cue = f"{words[-2]} {words[-1]}" if last in _LIGHT_VERBS_KK or prev == "ықпал" else words[-1]
        return "prohibition", cue
    if re.search(r"(?:ады|еді|йды|йді|яды)$", last) and len(last) > 4 and last not in _NOT_VERBS_KK:
        cue = f"{words[-2]} {words[-1]}" if last in _LIGHT_VERBS_KK and len(words) > 1 else words[-1]
        return "obligation", cue
    return None


# --- Russian modality --------------------------------------------------------------------------------------------

_RU_PROHIBITION = re.compile(r"\bне\s+допуска\w*|\bзапреща\w*|\bне\s+вправе\b|\bне\s+(?:может|могут)\b"
                             r"|\bне\s+подлеж\w*|\bне\s+долж(?:ен|на|но|ны)\b", re.I)
_RU_RIGHT = re.compile(r"\bвправе\b|\bиме(?:ет|ют)\s+(?:исключительное\s+)?право\b", re.I)
_RU_OBLIGATION = re.compile(r"\bобязу\w*ся\b|\bобязан\w*\b|\bдолж(?:ен|на|но|ны)\b|\bнес(?:ет|ут)\s+ответственность\b"
                            r"|\bподлеж(?:ит|ат)\b|\bтребуется\b", re.I)
_RU_INFINITIVE = re.compile(r"\b[а-яё]+(?:ть|ться|чь)\b")
_RU_AGREED = re.compile(r"\bсогласились\b|\bсогласны\b|\bдоговорились\b", re.I)
_RU_WILL = re.compile(r"\bбуд(?:ут|ет)\s+(\w+)", re.I)
_RU_STATEMENT_VERBS = {
    "является", "являются", "означает", "означают", "имеет", "имеют", "включает", "включают", "составляет",
    "составляют", "содержит", "содержат", "затрагивает", "затрагивают", "препятствует", "вступает", "вступают",
    "остается", "остаётся", "прекращается", "заключается", "состоят", "состоит", "относятся", "относится",
    "соответствуют", "соответствует", "действует", "применяется", "распространяется",
}
_RU_NOT_VERBS = {
    "комитет", "совет", "бюджет", "предмет", "паритет", "приоритет", "кабинет", "запрет", "ответ", "секрет", "пакет",
    "билет", "портрет", "лет", "нет", "транзит", "кредит", "лимит", "депозит", "визит", "суверенитет", "авторитет",
    "иммунитет", "аппарат", "формат", "результат", "мандат", "сертификат", "климат", "штат", "кандидат", "дипломат",
    "сенат", "институт", "маршрут", "минут", "валют", "атрибут", "принят", "занят", "снят", "взят", "понят",
    "может", "могут", "будет", "будут", "смогут", "сможет", "обмен", "вет", "объект", "проект", "контракт",
}
_RU_PREPOSITIONS = {"в", "во", "на", "о", "об", "при", "по", "за", "из", "от", "до", "для", "с", "со", "к", "ко",
                    "без", "через", "между", "под", "над", "про"}
_RU_FINITE = re.compile(r"^[а-яё]{2,}(?:ают|яют|уют|еют|ют|ят|ут|ат|ет|ит|ется|ится|ются|ятся|утся|атся)$")


def _ru_core(sentence: str) -> str:
    """The sentence without relative, conditional and temporal clauses (their verbs are not the predicate)."""
    text = _main_clause(sentence)
    text = re.sub(r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об|между)\s+)?"
                  r"(?:котор\w+|когда|если|что|чтобы|пока|где|как)\b[^,.;]*", "", text)
    text = re.sub(r"\([^)]*\)", "", text)
    return text


def _ru_modality(sentence: str, bearer: str) -> tuple[str, str] | None:
    core = _ru_core(sentence)
    found = _RU_PROHIBITION.search(core)
    if found:
        return "prohibition", found.group(0)
    found = _RU_RIGHT.search(core)
    if found:
        return "right", found.group(0)
    found = _RU_OBLIGATION.search(core)
    if found:
        return "obligation", found.group(0)
    found = re.search(r"\b(?:может|могут)\b", core)
    if found:
        verb = _RU_INFINITIVE.search(core, found.end())
        if verb and verb.group(0) != "быть" and not verb.group(0).endswith("ся") and bearer in PARTY_BEARERS:
            return "right", f"{found.group(0)} {verb.group(0)}"   # one Party may: its right
        return "permission", found.group(0)
    found = _RU_AGREED.search(core)
    if found:
        return "obligation", found.group(0)
    found = _RU_WILL.search(core)
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
        if word in _RU_STATEMENT_VERBS:
            return "statement", token
        if not token[0].islower() and i > 0:
            continue
        if word in _RU_NOT_VERBS or not _RU_FINITE.match(word):
            continue
        if i > 0 and tokens[i - 1].lower() in _RU_PREPOSITIONS:
            continue
        return "obligation", token
    return None


# --- the extractor -----------------------------------------------------------------------------------------------


def _strip_marker(text: str) -> str:
    return re.sub(r"^(?:\d+\.\s+|(?:\d+|[а-яa-z])\)\s*|[-–—•]\s+)", "", text).strip()


def _action(sentence: str, bearer_text: str, at: int | None) -> str:
    if bearer_text and at is not None and sentence[at:at + len(bearer_text)] == bearer_text:
        sentence = sentence[:at] + sentence[at + len(bearer_text):]
    sentence = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", sentence))
    return _strip_marker(sentence.strip(" ,"))


def _find_bearer(sentence: str, language: str) -> tuple[str, str, int] | None:
    """The bearer named in the main clause, else anywhere in the sentence; position is in ``sentence``."""
    main = _main_clause(sentence)
    offset = sentence.find(main) if main else 0
    found = _bearer(main, language)
    if found:
        return found[0], found[1], found[2] + max(offset, 0)
    return _bearer(sentence, language)


def _norms_of(provision: Provision, language: str, intro_bearer: tuple[str, str] | None,
              intro_about: bool = False) -> list[Norm]:
    out = []
    item = intro_bearer is not None
    for sentence in split_sentences(provision.text):
        own = _find_bearer(sentence, language)
        inherited = own is None and item and intro_bearer[0] != "other"
        if own:
            kind, text, at = own
        elif inherited:
            (kind, text), at = intro_bearer, None
        else:
            fallback = _fallback_bearer(_main_clause(sentence), language) or _fallback_bearer(sentence, language)
            if fallback:
                kind, text, at = fallback[0], fallback[1], None   # a mention, not the subject: keep the action whole
            else:
                kind, text, at = "other", "", None
        modality = (_kk_modality(sentence) if language == "kk" else _ru_modality(sentence, kind) if language == "ru"
                    else (_kk_modality(sentence) or _ru_modality(sentence, kind)))
        if modality is None or modality[0] == "statement":
            continue
        mode, cue = modality
        if mode == "right" and language != "ru" and re.search(r"алады$", cue) and kind not in PARTY_BEARERS:
            mode = "permission"   # "-а алады" by the Parties together or an authority: they may
        about = _about_treaty(sentence, language) or (intro_about and own is None)
        if about and not (mode in ("permission", "right") and kind != "other"):
            continue
        action = _strip_marker(sentence) if inherited else _action(sentence, text, at)
        out.append(Norm(mode, kind, text, action, cue, provision.eid,
                        evidence(provision.node, eid=provision.eid, text=sentence)))
    return out


def extract_norms(treaty: Treaty, language: str, provision_list: list[Provision] | None = None) -> list[Norm]:
    """Every norm of the treaty (and of its protocols), in document order; statements are skipped.
    ``provision_list``, when given, is ``provisions(treaty)``."""
    out: list[Norm] = []
    intros: dict[str, tuple[tuple[str, str], bool]] = {}
    for provision in provisions(treaty) if provision_list is None else provision_list:
        if provision.eid.endswith("__intro"):
            found = _find_bearer(provision.text, language)
            # an intro about the treaty ("Осы баптың 1-тармағының ережелері …:") makes its items statements too
            intros[provision.eid[: -len("__intro")]] = ((found[0], found[1]) if found else ("other", ""),
                                                        _about_treaty(provision.text, language))
        bearer, about = None, False
        if "__item_" in provision.eid:
            bearer, about = intros.get(provision.eid.rsplit("__item_", 1)[0], (("other", ""), False))
        out.extend(_norms_of(provision, language, bearer, about))
    return out
