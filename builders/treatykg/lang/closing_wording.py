"""How a closing formula says in how many originals, in which languages, and which text prevails."""

from __future__ import annotations

import re

from treatykg.lang.numbers import ORIGINALS_WORDS

# "екі данада", "екі дана болып", "екі түпнұсқа данада", "бір төлнұсқа данада", "в двух подлинных экземплярах",
# "в одном подлинном экземпляре", "в единственном экземпляре"
ORIGINALS = re.compile(r"\b(" + "|".join(ORIGINALS_WORDS) + r")\s+(?:(?:түпнұсқа\w*|төлнұсқа\w*|подлинн\w+)\s+)?"
                       r"(?:дана\w*|экземпляр)", re.I)
# Where the languages are named: "… қазақ, беларусь және орыс тілдерінде", "… на казахском и русском языках"; the
# names stand before the word, or after it ("на четырех языках: казахском, турецком, русском и английском").
LANGUAGES_WORD = re.compile(r"(?:тілдерінде|тілінде|тілдерде|языках|языке)(?P<colon>\s*:)?")
# What ends the stretch of text before or after that word in which the languages are named.
LANGUAGES_BOUNDARY = re.compile(r"[.;:]\s|\d|\bдана\w*|экземпляр\w*|\bжылғы\b|\bгода\b")
# A language named as a word of its own, or glued to "және" ("жәнеорыс"): its ISO 639-1 code is looked up in
# LANGUAGE_WORDS.
LANGUAGE_WORD_START = r"(?:(?<![\w-])|(?<=және))"
# A sentence about a divergence between the texts, the only place where a text is said to prevail: "в случае
# расхождений / разногласий / сомнения", "түсіндіруде келіспеушіліктер / пікір алшақтығы туындаған жағдайда".
DIVERGENCE = re.compile(r"расхожден|разноглас|разночтени|несоответстви|сомнени|толковани|келіспеушіл|алшақ|алалығ"
                        r"|түсіндір", re.I)
# The text that prevails, in such a sentence: "орыс тіліндегі мәтін / тексті", "ағылшын тілі басым", "к тексту на
# русском языке", "текст на русском языке", "текстом (Соглашения) на русском языке", "английский текст будет
# превалирующим".
PREVAILING = re.compile(
    r"(\w+)\s+(?:тіліндегі|тiлiндегi|тіліндегi)\s+(?:мәтін|текст)|(\w+)\s+тілі\s+басым"
    r"|\bтекст\w*\s+(?:(?:Соглашения|Договора|Конвенции|Протокола|Меморандума)\s+)?на\s+(\w+)\s+язык|(\w+)\s+текст\s+(?:будет\s+|является\s+)?(?:превалир|преоблада|предпочтит|имеет)",
    re.I,
)
