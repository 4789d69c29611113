"""The Russian wording and grammar of norms (lang/norm_wording.py puts the languages together): the bearers,
the treaty as subject, and the words and endings of the predicate that give its modality.

Russian (the predicate anywhere, relative and conditional clauses set aside: ``russian_modality``):
  ``не допускается``, ``запрещается``, ``не вправе``, ``не может/могут``, ``не подлежит`` -> prohibition;
  ``вправе``, ``имеет право`` -> right; ``обязуются``, ``обязаны``, ``должны``, ``подлежит``, ``требуется``,
  ``несет ответственность`` -> obligation; ``может``/``могут`` + active infinitive -> right when one Party
  holds it, else permission (and ``может быть …``, ``могут вноситься`` -> permission); ``согласились``,
  ``будут`` + infinitive, a sentence opening with an infinitive, and the present or perfective future of
  the 3rd person (``осуществляют``, ``обеспечивают``, ``предоставит``) -> obligation.
"""

from __future__ import annotations

import re

# The bearers in each language, by kind, in the order they are tried: (kind, pattern)
BEARERS = [
        ("each-party", r"\b[Кк]аждая\s+(?:из\s+)?Сторон\w*"),
        ("competent-authorities",
         r"(?<!между\s)\b[Кк]омпетентн(?:ые|ыми)\s+(?:органы|органами|организации|организациями)\b"),
        ("party", r"\b(?:[Зз]апрашиваемая|[Зз]апрашивающая|[Сс]оответствующая|[Кк]азахстанская|[Зз]аинтересованная"
                  r"|[Пп]ринимающая)\s+[Сс]торона\b|\b(?:[Оо]дна|[Лл]юбая|[Лл]юбой)\s+из\s+Сторон\b"
                  r"|\b[Лл]юбая\s+Сторона\b"),
        # "Стороны" is also the genitive singular ("другой Стороны", "согласие Стороны"): see russian_subject
        ("parties", r"(?<!ой\s)(?<!ей\s)(?<!их\s)\b[Сс]тороны\b(?!\s+(?:государств|Сторон))"),
    ]
# any mention of the Parties, for a sentence whose subject names nobody
PARTIES_ANYWHERE = r"\bСторон(?:ам|ами|ах)?\b"
# Every match of a language's bearer patterns holds one of its words (keep them in step): a text without any of
# them names no bearer in that language, and is not searched.
BEARER_WORDS = ("торон", "омпетентн")
PLURAL_PREDICATE = re.compile(
    r"\b(?:[а-яё]{3,}(?:ют|ят|ут|ат|ются|ятся|утся|атся)|вправе|согласились|согласны|обязаны|должны)\b")
# what may open the sentence before its subject: a point number, "В таком случае,"
LEAD = r"^(?:\d+\.\s*)?(?:В\s+(?:таком|этом|данном)\s+случае,?\s+)?"
# the treaty, its provisions or its operation as the subject: "Настоящее Соглашение...", "Положения настоящего...",
# "Ничто..."
TREATY_AS_SUBJECT = (LEAD + r"(?:(?:Настоящ|Данн)\w+\s+(?:Соглашение|Договор|Протокол|Конвенция)\b|(?:Положения"
    r"|Действие|Текст"
          r"|Срок\s+действия)\s+(?:настоящего|данного)\s|Положения\s+(?:пункта|статьи|настоящей)\s"
          r"|(?:Его|Ее|Её)\s+действие\b)"
          r"|^(?:\d+\.\s*)?Ничто\b")
PROHIBITION = re.compile(r"\bне\s+допуска\w*|\bзапреща\w*|\bне\s+вправе\b|\bне\s+(?:может|могут)\b"
                            r"|\bне\s+подлеж\w*|\bне\s+долж(?:ен|на|но|ны)\b", re.I)
RIGHT = re.compile(r"\bвправе\b|\bиме(?:ет|ют)\s+(?:исключительное\s+)?право\b", re.I)
OBLIGATION = re.compile(r"\bобязу\w*ся\b|\bобязан\w*\b|\bдолж(?:ен|на|но|ны)\b|\bнес(?:ет|ут)\s+ответственность\b"
                           r"|\bподлеж(?:ит|ат)\b|\bтребуется\b", re.I)
INFINITIVE = re.compile(r"\b[а-яё]+(?:ть|ться|чь)\b")
# (agreed): obligation
AGREED = re.compile(r"\bсогласились\b|\bсогласны\b|\bдоговорились\b", re.I)
WILL = re.compile(r"\bбуд(?:ут|ет)\s+(\w+)", re.I)
# predicates that state a fact ("является", "означают", "вступает")
STATEMENT_VERBS = {
    "является", "являются", "означает", "означают", "имеет", "имеют", "включает", "включают", "составляет",
    "составляют", "содержит", "содержат", "затрагивает", "затрагивают", "препятствует", "вступает", "вступают",
    "остается", "остаётся", "прекращается", "заключается", "состоят", "состоит", "относятся", "относится",
    "соответствуют", "соответствует", "действует", "применяется", "распространяется",
}
# words that end like a finite verb and are not one (and the modal verbs, read apart)
NOT_VERBS = {
    "комитет", "совет", "бюджет", "предмет", "паритет", "приоритет", "кабинет", "запрет", "ответ", "секрет", "пакет",
    "билет", "портрет", "лет", "нет", "транзит", "кредит", "лимит", "депозит", "визит", "суверенитет", "авторитет",
    "иммунитет", "аппарат", "формат", "результат", "мандат", "сертификат", "климат", "штат", "кандидат", "дипломат",
    "сенат", "институт", "маршрут", "минут", "валют", "атрибут", "принят", "занят", "снят", "взят", "понят",
    "может", "могут", "будет", "будут", "смогут", "сможет", "обмен", "вет", "объект", "проект", "контракт",
}
PREPOSITIONS = {"в", "во", "на", "о", "об", "при", "по", "за", "из", "от", "до", "для", "с", "со", "к", "ко",
                   "без", "через", "между", "под", "над", "про"}
FINITE = re.compile(r"^[а-яё]{2,}(?:ают|яют|уют|еют|ют|ят|ут|ат|ет|ит|ется|ится|ются|ятся|утся|атся)$")
# Relative and conditional clauses after "Стороны", whose verbs are not its predicate: ", которые …", ", по
# которым …", ", когда …", ", если …", ", что …".
RELATIVE_CLAUSE = r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об)\s+)?(?:котор|когда|если|что)\w*[^,.;]*"
# Plural auxiliaries, counted as predicates though they end like a noun: "будут", "могут", "смогут".
PLURAL_AUXILIARIES = ("будут", "могут", "смогут")
# A conditional clause that opens a sentence: "Если …,", "В случае, если …,".
CONDITIONAL = r"^(?:Если|В\s+случае,?\s+если)\s[^,]*,\s*(?:что\s[^,]*,\s*)?(?:\w+\s+[^,]*,\s*)?"
# Relative, conditional and temporal clauses, set aside before the predicate is read.
SUBORDINATE_CLAUSE = (r",\s*(?:(?:по|в|на|с|из|для|при|за|от|к|о|об|между)\s+)?"
                      r"(?:котор\w+|когда|если|что|чтобы|пока|где|как)\b[^,.;]*")
# "может", "могут" (may); not "быть" (be) nor a reflexive ("-ся") infinitive after it for a right.
CAN = r"\b(?:может|могут)\b"
BE = "быть"
REFLEXIVE = "ся"
# "будут" + an infinitive: obligation; a sentence that opens with an infinitive: obligation.
INFINITIVE_END = r"(?:ть|ться|чь)$"
OPENING_INFINITIVE = r"\s*([А-ЯЁ][а-яё]+(?:ть|ться))\b"
# A Russian word, for the scan for a finite verb.
WORD = r"[А-Яа-яЁё-]+"
# The letters of a list marker ("а)", "б)").
LIST_LETTERS = "а-я"
