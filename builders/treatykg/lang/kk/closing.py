"""The Kazakh wording of a closing formula (lang/closing_wording.py puts the languages together): in how many
originals, in which languages, and which text prevails."""

from __future__ import annotations

# An original: "екі данада", "екі дана болып", "екі түпнұсқа данада", "бір төлнұсқа данада".
ORIGINAL_ADJECTIVE = r"түпнұсқа\w*|төлнұсқа\w*"
ORIGINAL_COPY = r"дана\w*"
# Where the languages are named: "… қазақ, беларусь және орыс тілдерінде".
LANGUAGES_WORD = r"тілдерінде|тілінде|тілдерде"
# What ends the stretch of text in which the languages are named: the copies, the year of a date.
COPY_BOUNDARY = r"\bдана\w*"
YEAR_BOUNDARY = r"\bжылғы\b"
# A language named glued to "және" ("жәнеорыс").
AND = r"және"
# A sentence about a divergence between the texts: "түсіндіруде келіспеушіліктер / пікір алшақтығы туындаған
# жағдайда", "алалығы".
DIVERGENCE = r"келіспеушіл|алшақ|алалығ|түсіндір"
# The text that prevails in such a sentence (a group holds the language): "орыс тіліндегі мәтін / тексті" (with
# Latin i as printed), "ағылшын тілі басым".
PREVAILING = r"(\w+)\s+(?:тіліндегі|тiлiндегi|тіліндегi)\s+(?:мәтін|текст)|(\w+)\s+тілі\s+басым"
