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
    "kk": r"(?:ұғым|термин|түсінік)\w*[\s,].*?(?:білдіреді|мағына\w*|пайдаланылады|қолданылады|түсініледі)"
          r"|мағына\w*\s+(?:білдіреді|береді|пайдаланылады|қолданылады)",
    "ru": r"(?:термин|понят)\w*[\s,].*?(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)"
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

# --- where a treaty defines its terms, and the sentences that define one -------------------------------------------

# The heading of an article that gives definitions: "Термины", "Определения", "Основные понятия"; "Терминдер",
# "Анықтамалар", "Осы Келісімде пайдаланылатын терминдер". "термин" is matched as a word, not in "терминал".
DEFINITIONS_HEADING = {
    "kk": r"(?<!\w)(?:термин(?:дер\w*)?|ұғым(?:дар\w*)?|анықтама(?:лар\w*)?)(?!\w)",
    "ru": r"(?<!\w)(?:термин(?:ы|ов)?|определени[ея]|понятия|понятий)(?!\w)",
}

# A list marker before a definition: "1)", "а)", "(a)", "1.", "а.", "- ".
_MARKER = r"(?:\(?(?:\d{1,2}|[^\W\d_])[.)]\s+|[-–—•]\s+)?"
# A term in quotation marks, the quotes left out of the group.
_QUOTED = r"[«\"“„](?P<term>[^«»\"“”„]{1,150}?)[»\"”“]"
_QUOTED_AS = r"[«\"“„](?P<{name}>[^«»\"“”„]{{1,150}}?)[»\"”“]"
# A dash between a term and its definition: with a term in quotes any dash, spaced or not; with a term without quotes
# a spaced dash or a long dash, so that the hyphen of "авариялық-құтқару" does not end a term.
_DASH = r"\s*[-–—‒]\s*"
_SPACED_DASH = r"(?:\s+[-–—‒]|\s*[–—])\s+"
# A term without quotes: words, without the punctuation that would end a term.
_BARE = r"(?P<{name}>[^\W\d_][^«»\"“”„;:()\[\]]{{0,150}}?)"

# The words that open a sentence or an item before a term: "Для целей настоящего Соглашения", "В настоящем
# Соглашении"; "Осы Келісімде", "Осы Келісімнің мақсаттары үшін", "Осы Шарттың тексті бойынша қолданылатын".
LEAD = {
    "kk": r"Осы\s+\w+(?:\s+(?:мақсаттары|мақсаты)\s+үшін|\s+мақсатында|\s+тексті\s+бойынша)?"
          r"(?:\s+(?:пайдаланылатын|қолданылатын|келтірілген))?\s*,?\s+",
    "ru": r"(?:(?:Для\s+целей|В\s+целях)\s+настоящ\w+\s+\w+|В\s+настоящем\s+\w+)"
          r"(?:\s+и\s+[^«\"“„,:;]{0,60}?)?\s*,?\s+",
}
# The verb that joins a term and its definition in the middle: "«X» означает Y", "«X» дегеніміз Y".
MEANS = {
    "kk": r"дегеніміз",
    "ru": r"означа(?:ет|ют)|обознача(?:ет|ют)|понима(?:ется|ются)",
}
# The verb that ends a Kazakh definition: "«Үкімет» Қазақстан Республикасының Үкіметін білдіреді."
MEANS_AT_END = {
    "kk": r"(?:дегенді\s+)?(?:білдіреді|түсініледі|түсіндіріледі|ұғынылады)",
    "ru": r"(?!x)x",  # Russian puts the verb between the term and its definition
}
# The noun that names a term in an explicit term sentence: "термин «X» означает", "«X» термині", "«X» деген термин",
# "«X» ұғымы".
TERM_NOUN = {
    "kk": r"(?:деген\s+)?(?:термин|ұғым|сөз|тіркес)(?:і|ы)?",
    "ru": r"термин|понятие|понятия|выражение|словосочетание",
}
# "The following", standing for the list that gives the definition: "«X» деген термин мыналарды білдіреді:",
# "«X» означает:".
LIST_POINTER = {
    "kk": r"мыналарды|мыналар|төмендегілерді|төмендегілер",
    "ru": r"следующее|нижеследующее|следующие|следующих",
}


def _compile(*parts: str) -> re.Pattern:
    return re.compile("".join(parts), re.S | re.I)


def _item_forms(language: str) -> tuple[re.Pattern, ...]:
    """``«term» – definition``, ``«term» означает definition``, ``«term» definition білдіреді`` as an item or a
    paragraph of a definitions article, after a list marker and the words that open it."""
    start = rf"^\s*{_MARKER}(?:{LEAD[language]})?"
    return (
        _compile(start, _QUOTED, _DASH, r"(?P<definition>.+?)\s*$"),
        _compile(start, _QUOTED, rf"\s*,?\s+(?:{MEANS[language]})\s*[-–—]?\s*:?\s*", r"(?P<definition>.*?)\s*$"),
        _compile(start, _QUOTED, r"\s+(?P<definition>.+?)\s+", rf"(?:{MEANS_AT_END[language]})\W*$"),
    )


def _bare_item_form() -> re.Pattern:
    """``term – definition`` without quotes: only an item of a definitions list, or a paragraph that follows the
    intro of one, is read so."""
    return _compile(rf"^\s*{_MARKER}", _BARE.format(name="term"), _SPACED_DASH, r"(?P<definition>.+?)\s*$")


def _sentence_forms(language: str) -> tuple[re.Pattern, ...]:
    """Sentences that define one term wherever they stand: "термин «X» означает Y", "под X понимается Y";
    "«X» термині Y", "«X» ұғымы Y білдіреді", "Осы Келісімнің мақсаттары үшін X тіркесінде Y түсіндіріледі",
    "«X» деп Y түсініледі", "Осы Келісімде X дегеніміз Y"."""
    lead = LEAD[language]  # tried before the start of the text, so that it is not read as a part of a term
    if language == "ru":
        return (
            _compile(rf"(?<!\w)(?:{TERM_NOUN['ru']})\s+", _QUOTED,
                     r"\s*,?\s+(?:означа\w*|обознача\w*|понима\w*|включа\w*|охватыва\w*|име\w+\s+значение)"
                     r"\s*:?\s*(?P<definition>.*?)\s*$"),
            # the term is in the instrumental case here ("под оборотом … понимается"): see nominative_phrase
            _compile(rf"(?:{lead}|^\s*{_MARKER}|,\s*)под\s+(?:", _QUOTED_AS.format(name="inflected"), "|",
                     _BARE.format(name="inflected_bare"), r")\s+понима(?:ется|ются)\s*:?\s*(?P<definition>.*?)\s*$"),
        )
    end = rf"\s+(?:{MEANS_AT_END['kk']})\W*$"
    return (
        _compile(_QUOTED, rf"\s+(?:{TERM_NOUN['kk']})\s+(?P<definition>.*?)(?:{end}|\s*$)"),
        _compile(rf"(?:{lead})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+(?:тіркесінде|терминінде|ұғымында|сөзінде)\s+(?P<definition>.+?)", end),
        _compile(rf"(?:{lead}|^\s*{_MARKER})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+деп\s+(?!атал)(?P<definition>.+?)", end),
        _compile(rf"(?:{lead}|^\s*{_MARKER})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+дегеніміз\s*[-–—]?\s*(?P<definition>.+?)\s*$"),
    )


ITEM_FORMS = {language: _item_forms(language) for language in LANGUAGES}
BARE_ITEM_FORM = _bare_item_form()
SENTENCE_FORMS = {language: _sentence_forms(language) for language in LANGUAGES}
