"""The Russian wording of a closing formula (lang/closing_wording.py puts the languages together): in how many
originals, in which languages, and which text prevails."""

from __future__ import annotations

# The words of this module are given by their lemmas: lang/closing_wording.py takes their forms from the dictionary
# (pymorphy3, lang.morphology.russian_lexeme_pattern), whole words.
# An original: "в двух подлинных экземплярах", "в одном подлинном экземпляре", "в единственном экземпляре" (the
# adjective in its full forms).
ORIGINAL_ADJECTIVE_LEMMA = "подлинный"
ORIGINAL_ADJECTIVE_GRAMMEMES = frozenset({"ADJF"})
ORIGINAL_COPY_LEMMA = "экземпляр"
# Where the languages are named: "… на казахском и русском языках", "на четырех языках: казахском, турецком,
# русском и английском".
# The word "язык" in the prepositional case ("на … языке", "на … языках").
LANGUAGES_WORD_LEMMA = "язык"
LANGUAGES_WORD_GRAMMEMES = frozenset({"loct"})
# What ends the stretch of text in which the languages are named: the copies, the year of a date.
# The copies are the forms of ORIGINAL_COPY_LEMMA.
YEAR_BOUNDARY = r"\bгода\b"
# A sentence about a divergence between the texts: "в случае расхождений / разногласий / сомнения", "разночтений",
# "несоответствия", "при толковании".
DIVERGENCE_LEMMAS = ("расхождение", "разногласие", "разночтение", "несоответствие", "сомнение", "толкование")
# The text that prevails in such a sentence (a group holds the language): "к тексту на русском языке", "текст на
# русском языке", "текстом Соглашения на русском языке", "английский текст будет превалирующим".
PREVAILING = (r"\bтекст\w*\s+(?:(?:Соглашения|Договора|Конвенции|Протокола|Меморандума)\s+)?на\s+(\w+)\s+язык"
              r"|(\w+)\s+текст\s+(?:будет\s+|является\s+)?(?:превалир|преоблада|предпочтит|имеет)")
