"""The Russian wording of a closing formula (lang/closing_wording.py puts the languages together): in how many
originals, in which languages, and which text prevails."""

from __future__ import annotations

# An original: "в двух подлинных экземплярах", "в одном подлинном экземпляре", "в единственном экземпляре".
ORIGINAL_ADJECTIVE = r"подлинн\w+"
ORIGINAL_COPY = r"экземпляр"
# Where the languages are named: "… на казахском и русском языках", "на четырех языках: казахском, турецком,
# русском и английском".
LANGUAGES_WORD = r"языках|языке"
# What ends the stretch of text in which the languages are named: the copies, the year of a date.
COPY_BOUNDARY = r"экземпляр\w*"
YEAR_BOUNDARY = r"\bгода\b"
# A sentence about a divergence between the texts: "в случае расхождений / разногласий / сомнения", "разночтений",
# "несоответствия", "при толковании".
DIVERGENCE = r"расхожден|разноглас|разночтени|несоответстви|сомнени|толковани"
# The text that prevails in such a sentence (a group holds the language): "к тексту на русском языке", "текст на
# русском языке", "текстом Соглашения на русском языке", "английский текст будет превалирующим".
PREVAILING = (r"\bтекст\w*\s+(?:(?:Соглашения|Договора|Конвенции|Протокола|Меморандума)\s+)?на\s+(\w+)\s+язык"
              r"|(\w+)\s+текст\s+(?:будет\s+|является\s+)?(?:превалир|преоблада|предпочтит|имеет)")
