"""How a closing formula says in how many originals, in which languages, and which text prevails."""

from __future__ import annotations

import re

from treatykg.lang.numbers import ORIGINALS_WORDS

# "екі данада", "екі түпнұсқа данада", "в двух подлинных экземплярах"
ORIGINALS = re.compile(r"\b(" + "|".join(ORIGINALS_WORDS) + r")\s+(?:түпнұсқа\s+|подлинных\s+)?"
                       r"(?:данада|данадан|экземпляр)")
# The languages named before "тілдерінде" / "языках": "қазақ, беларусь және орыс тілдерінде".
LANGUAGES = re.compile(r"((?:[\w-]+\s*,\s*)*[\w-]+(?:\s+(?:және|и)\s+[\w-]+)?)\s+"
                       r"(?:тілдерінде|тілінде|тілдерде|языках|языке)")
# "ағылшын тіліндегі мәтін …", "… к тексту на английском языке"
PREVAILING = re.compile(r"(\w+)\s+(?:тіліндегі|тiлiндегi|тіліндегi)\s+мәтін|к\s+тексту\s+на\s+(\w+)")
