"""The wording of defined terms (facts/terms.py): the intro of a definitions list, the words that close a
definition, "a kind of" cues, and the coordinators that join two modifiers of a term.

Wording tables, ``{"kk": pattern, "ru": pattern}``, read with ``lang.wording.pattern`` (case-insensitive). The
wording, with examples from the acts, is in lang/kk/terms.py and lang/ru/terms.py.
"""

from __future__ import annotations

import re

from treatykg.lang.kk import terms as kk
from treatykg.lang.ru import terms as ru
from treatykg.lang.wording import LANGUAGES

DEFINITIONS_INTRO = {"kk": kk.DEFINITIONS_INTRO, "ru": ru.DEFINITIONS_INTRO}

LIST_CONJUNCTION = {"kk": kk.LIST_CONJUNCTION, "ru": ru.LIST_CONJUNCTION}
# The end of a definition: a final ; or . and, at the end of the next-to-last item, "and" / "or" (either language's).
DEFINITION_END = re.compile(
    r"\s*(?:;\s*(?:" + "|".join(LIST_CONJUNCTION[lang] for lang in LANGUAGES) + r")?|\.)\s*$", re.I)

KIND_OF = {"kk": kk.KIND_OF, "ru": ru.KIND_OF}

COORDINATORS = {"kk": kk.COORDINATORS, "ru": ru.COORDINATORS}

# --- where a treaty defines its terms, and the sentences that define one -------------------------------------------

DEFINITIONS_HEADING = {"kk": kk.DEFINITIONS_HEADING, "ru": ru.DEFINITIONS_HEADING}

# A list marker before a definition: "1)", "(a)", "1.", a letter of either alphabet with ")" or ".", "- ".
_MARKER = r"(?:\(?(?:\d{1,2}|[^\W\d_])[.)]\s+|[-–—•]\s+)?"
# A term in quotation marks, the quotes left out of the group.
_QUOTED = r"[«\"“„](?P<term>[^«»\"“”„]{1,150}?)[»\"”“]"
_QUOTED_AS = r"[«\"“„](?P<{name}>[^«»\"“”„]{{1,150}}?)[»\"”“]"
# A dash between a term and its definition: with a term in quotes any dash, spaced or not; with a term without quotes
# a spaced dash or a long dash, so that the hyphen of a compound word does not end a term.
_DASH = r"\s*[-–—‒]\s*"
_SPACED_DASH = r"(?:\s+[-–—‒]|\s*[–—])\s+"
# A term without quotes: words, without the punctuation that would end a term.
_BARE = r"(?P<{name}>[^\W\d_][^«»\"“”„;:()\[\]]{{0,150}}?)"

LEAD = {"kk": kk.LEAD, "ru": ru.LEAD}
MEANS = {"kk": kk.MEANS, "ru": ru.MEANS}
MEANS_AT_END = {"kk": kk.MEANS_AT_END, "ru": ru.MEANS_AT_END}
TERM_NOUN = {"kk": kk.TERM_NOUN, "ru": ru.TERM_NOUN}
LIST_POINTER = {"kk": kk.LIST_POINTER, "ru": ru.LIST_POINTER}


def _compile(*parts: str) -> re.Pattern:
    return re.compile("".join(parts), re.S | re.I)


def _item_forms(language: str) -> tuple[re.Pattern, ...]:
    """``«term» – definition``, ``«term» MEANS definition``, ``«term» definition MEANS_AT_END`` as an item or a
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
    """Sentences that define one term wherever they stand, in the forms of lang/kk/terms.py and lang/ru/terms.py:
    a term noun and a quoted term, a term in the instrumental before a verb of understanding (ru); a quoted term and a
    term noun, a term in a term noun's locative, a term "called" Y, a term that "is" Y (kk)."""
    lead = LEAD[language]  # tried before the start of the text, so that it is not read as a part of a term
    if language == "ru":
        return (
            _compile(rf"(?<!\w)(?:{TERM_NOUN['ru']})\s+", _QUOTED,
                     r"\s*,?\s+(?:" + ru.TERM_SENTENCE_VERB + r")\s*:?\s*(?P<definition>.*?)\s*$"),
            # the term is in the instrumental case here (ru.UNDER, ru.UNDERSTOOD): see nominative_phrase
            _compile(rf"(?:{lead}|^\s*{_MARKER}|,\s*){ru.UNDER}\s+(?:", _QUOTED_AS.format(name="inflected"), "|",
                     _BARE.format(name="inflected_bare"), rf")\s+{ru.UNDERSTOOD}\s*:?\s*(?P<definition>.*?)\s*$"),
        )
    end = rf"\s+(?:{MEANS_AT_END['kk']})\W*$"
    return (
        _compile(_QUOTED, rf"\s+(?:{TERM_NOUN['kk']})\s+(?P<definition>.*?)(?:{end}|\s*$)"),
        _compile(rf"(?:{lead})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+(?:" + kk.TERM_NOUN_LOCATIVE + r")\s+(?P<definition>.+?)", end),
        _compile(rf"(?:{lead}|^\s*{_MARKER})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+" + kk.CALLED + r"(?P<definition>.+?)", end),
        _compile(rf"(?:{lead}|^\s*{_MARKER})(?:", _QUOTED_AS.format(name="quoted"), "|", _BARE.format(name="bare"),
                 r")\s+" + kk.MEANS + r"\s*[-–—]?\s*(?P<definition>.+?)\s*$"),
    )


ITEM_FORMS = {language: _item_forms(language) for language in LANGUAGES}
BARE_ITEM_FORM = _bare_item_form()
SENTENCE_FORMS = {language: _sentence_forms(language) for language in LANGUAGES}
