"""The wording of defined terms (facts/terms.py): the intro of a definitions list, the words that close a
definition, "a kind of" cues, and the coordinators that join two modifiers of a term.

Wording tables, ``{"kk": pattern, "ru": pattern}``, read with ``lang.wording.pattern`` (case-insensitive).
"""

from __future__ import annotations

import re

from treatykg.lang.wording import LANGUAGES

# "The terms used in this Agreement mean:" in its usual wordings. A list is a definitions list when its
# intro names terms (ұғым, термин, түсінік; термин, понятие) and says what they mean or how they are used:
# "Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:", "используемые термины означают:". The intro of a
# treaty in either language is read with both languages' wording.
DEFINITIONS_INTRO = {
    "kk": r"(?:ұғым|термин|түсінік)\w*\s.*?(?:білдіреді|мағына\w*|пайдаланылады|қолданылады|түсініледі)"
          r"|мағына\w*\s+(?:білдіреді|береді|пайдаланылады|қолданылады)",
    "ru": r"(?:термин|понят)\w*\s.*?(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)"
          r"|(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)\s.*?(?:термин|понят)\w*",
}

# "and" / "or" at the end of the next-to-last item of a list: "...; және", "...; или"
LIST_CONJUNCTION = {"kk": r"және|немесе", "ru": r"и|или"}
# The end of a definition: a final ; or . and, at the end of the next-to-last item, "and" / "or" (either language's).
DEFINITION_END = re.compile(
    r"\s*(?:;\s*(?:" + "|".join(LIST_CONJUNCTION[lang] for lang in LANGUAGES) + r")?|\.)\s*$", re.I)

# "X is a kind of Y": Kazakh puts the genus before түрі (ақпаратты қорғау түрі, ... қорғаудың бір түрі): matched
# right after the use of the genus; Russian after вид / разновидность (вид защиты информации): searched at the end
# of the text before the use.
KIND_OF = {
    "kk": r"^\s+(?:бір\s+)?(?:түрі|түрінің|түрлерінің\s+бірі|түрлерінің\s+бір)(?!\w)",
    "ru": r"(?<!\w)(?:вид|видом|виду|вида|подвид|подвидом|разновидность|разновидностью|разновидности"
          r"|(?:один|одним|одна|одной)\s+из\s+(?:видов|разновидностей))\s+$",
}

# A modifier coordinated with a term's modifier, in a shared phrase: "ақпаратты техникалық және
# криптографиялық қорғау" uses both "ақпаратты техникалық қорғау" and "ақпаратты криптографиялық қорғау".
# Either language's coordinators are allowed in a term of either language (lang.morphology.term_pattern).
COORDINATORS = {"kk": r"және|мен|немесе", "ru": r"и|или"}
