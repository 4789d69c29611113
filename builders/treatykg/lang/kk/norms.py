"""The Kazakh wording and grammar of norms (lang/norm_wording.py puts the languages together): the bearers,
the treaty as subject, and the words and endings of the predicate that give its modality.

Modality. Kazakh is verb-final, so the predicate is the end of the sentence (``kazakh_modality``):
  ``жол берілмейді``, ``тыйым салынады``, negative present (``-майды/-мейді``, ``пайдаланылмайды``,
  ``жатпайды``), ``-а/-е/-й алмайды`` -> prohibition; ``құқылы``, ``құқығы бар`` -> right; ``тиіс``,
  ``міндетті``, ``жауапты болады``, ``-уға жатады`` -> obligation; ``мүмкін`` -> permission; converb +
  ``алады`` (``мәлімдей алады``) -> right (facts/norms.py makes it a permission unless one Party holds it:
  each-party, party); ``-атын/-етін болады`` and the present ``-ады/-еді/-йды/-йді`` (``жүзеге асырады``,
  ``қамтамасыз етеді``, ``төлейді``) -> obligation. A Kazakh clause closed by a comma may hold the modal word
  (``… енгізілуі мүмкін, олар … ресімделеді`` -> permission); ``-мауға тиіс`` (must not) -> prohibition.
"""

from __future__ import annotations

import re

# Kazakh postpositions: a noun phrase followed by one ("құзыретті органдары арасында") is not the subject
POSTPOSITIONS = r"арасында|арасындағы|арқылы|бойынша|үшін|туралы|жөнінде|жөніндегі|сияқты|сайын|мен|және|деп"
# The bearers in each language, by kind, in the order they are tried: (kind, pattern)
BEARERS = [
        ("each-party", r"Тараптардың\s+әрқайсысы(?![\w-])|\b(?:[Әә]р|[Әә]рбір)\s+[Тт]арап(?![\w-])"),
        ("competent-authorities",
         r"(?:Тараптардың\s+|Тараптар\s+мемлекеттерінің\s+)?[Ққ]ұзыретті\s+(?:органдар|ұйымдар)(?:ы)?(?![\w-])"
         rf"(?!\s+(?:{POSTPOSITIONS})\b)"),
        ("party", r"\b(?:[Сс]ұрау\s+салынатын|[Сс]ұрау\s+салушы|[Тт]иісті|[Бб]еруші|[Ққ]абылдаушы|[Кк]ез\s+келген"
                  r"|[Мм]үдделі)\s+[Тт]арап(?![\w-])|Тараптардың\s+(?:бірі|біреуі)(?![\w-])|Қазақстан\s+Тарабы"),
        ("parties", rf"\bТараптар(?![\w-])(?!\s+мемлекет)(?!\s+(?:{POSTPOSITIONS})\b)"),
    ]
# any mention of the Parties, for a sentence whose subject names nobody
PARTIES_ANYWHERE = r"\bТараптар\w*"
# Every match of a language's bearer patterns holds one of its words (keep them in step): a text without any of
# them names no bearer in that language, and is not searched.
BEARER_WORDS = ("арап", "Тарабы", "ұзыретті")
# what may open the sentence before its subject: a point number, "Мұндай жағдайда,", "В таком случае,"
LEAD = r"^(?:\d+\.\s*)?(?:(?:Мұндай|Бұл|Осы|Сол)\s+жағдайда,?\s+)?"
# the treaty, its provisions or its operation as the subject: "Осы Келісім ...", "Келісімнің қолданысы ...",
# "Настоящее Соглашение ...", "Положения настоящего ...", "Ничто ..."
TREATY_AS_SUBJECT = (LEAD + r"(?:Осы\s+)?(?:[Кк]елісім|[Шш]арт|[Хх]аттама|[Кк]онвенция)"
          r"(?:\s(?!шеңбер|бойынша|негіз|мақсат|аясында|талап|шарттар)|(?:нің|тің|дің|ның|ің)\s+"
          r"(?:\w+\s+)?(?:қолданысы|ережелері|күші|мерзімі|мәтіні)(?![\w-]))|\b(?:ешнәрсе|ештеңе)\b"
          r"|\b[Кк]елісім(?:нің|інің)\s+(?:қолданысы|ережелері|күші)(?![\w-])"
          r"|^(?:\d+\.\s*)?[Оо]ның\s+(?:күші|қолданысы)\b"
          r"|^(?:\d+\.\s*)?Осы\s+(?:баптың|тармақтың|\S+\s+){1,3}ережелері(?![\w-])")
# verbs that make a predicate with the word before them ("жүзеге асырады", "қамтамасыз етеді")
LIGHT_VERBS = {"етеді", "етпейді", "асырады", "асырмайды", "жасайды", "жасамайды", "көрсетеді", "келтіреді",
                  "келтірмейді", "береді", "бермейді", "салады", "қояды", "алады", "асырылады", "етіледі",
                  "жасалады", "көрсетіледі", "келтіріледі", "асырылмайды", "етілмейді", "тартады", "тартпайды",
                  "қойылады"}
NOT_VERBS = {"жағдайды", "жағдайді"}
# predicates that state a fact ("... болып табылады", "... білдіреді")
COPULAS = {"табылады", "білдіреді", "болады", "қамтиды", "саналады", "есептеледі"}
# The cue of a Kazakh right read from converb + "алады" (can): a right only when one Party holds it.
CAN_CUE = re.compile(r"алады$")
# A conditional clause that opens a sentence: "Егер …-са, (онда)": its bearer is no subject of the main clause.
CONDITIONAL = r"^Егер\s.*?\w(?:са|се)(?:\s+\w+)?,\s*(?:онда\s+)?"

# --- the predicate, read from the end of a Kazakh clause (lang/norm_wording.kazakh_predicate tries them in this
# order: the first that fits gives the modality) ---------------------------------------------------------------------
# prohibition: "жол берілмейді", "тыйым салынады", "рұқсат етілмейді"
PROHIBITED = r"(?:жол\s+берілмейді|тыйым\s+салынады|рұқсат\s+етілмейді)$"
# right: "құқылы", "құқығы бар", "құқықтары бар"
ENTITLED = "құқылы"
HAS_THE_RIGHT = r"құқ(?:ығы|ықтары)\s+бар$"
# "мүмкін емес" (not possible): prohibition; "мүмкін" (possible): permission
POSSIBLE = "мүмкін"
NOT = "емес"
# "аспауға тиіс" (must not exceed): prohibition; "тиіс", "міндетті", "міндеттенеді": obligation; "тиіс болады",
# "міндетті болып табылады", "жауапты болады": obligation
MUST = "тиіс"
NEGATIVE_VERBAL_NOUN_DATIVE = r"(?:ма|ме|ба|бе|па|пе)у(?:ға|ге)$"
OBLIGATION_WORDS = ("тиіс", "міндетті", "міндеттенеді")
OBLIGATION_BEFORE_COPULA = ("тиіс", "міндетті", "жауапты")
COPULA_AFTER_OBLIGATION = ("болады", "болып", "табылады")
# The modal words that make an earlier clause's predicate win over the final one.
MODAL_OBLIGATIONS = ("тиіс", "міндетті")
# a converb + "алады" (can): right; + "алмайды" (cannot): prohibition ("мәлімдей алады"); not after a conjunction
CAN = "алады"
CANNOT = "алмайды"
CONVERB_END = r"[аейя]$"
CONJUNCTIONS = ("және", "не", "немесе")
# "-атын/-етін болады" (will do): obligation, "-майтын болады": prohibition; "болмайды": prohibition
IS = "болады"
FUTURE_PARTICIPLE = r"(?:атын|етін|йтын|йтін|ытын|ітін)$"
NEGATIVE_FUTURE_PARTICIPLE = r"(?:ма|ме|ба|бе|па|пе)(?:йтын|йтін)$"
IS_NOT = "болмайды"
# "-уға жатады" (is to be done): obligation, "-уға жатпайды": prohibition
FALLS_TO = "жатады"
DOES_NOT_FALL_TO = "жатпайды"
DATIVE_END = r"(?:уға|уге|ға|ге|қа|ке)$"
# "болып табылады": a statement
BEING = "болып"
FOUND = "табылады"
# "келісті", "уағдаласты" (agreed): obligation
AGREED = ("келісті", "уағдаласты")
# the negative present ("-майды", "ықпал етпейді"): prohibition; the present ("-ады/-еді", "жүзеге асырады"):
# obligation
NEGATIVE_PRESENT = r"(?:ма|ме|ба|бе|па|пе)(?:йды|йді)$"
INFLUENCE = "ықпал"
PRESENT = r"(?:ады|еді|йды|йді|яды)$"
