"""Words that carry structure in Kazakh and Russian treaty acts (see the project glossary): headings, titles,
formulas, markers, notes and signatures, as the normaliser and the parser look for them. The words are in
lang/kk/structure.py and lang/ru/structure.py.

Kazakh is agglutinative, so patterns match stems followed by any suffix. The wording of the approving act's
header and formulas is in act_wording.
"""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR, CYR_LOWER, CYR_UPPER
from treatykg.lang.kk import structure as kk
from treatykg.lang.numbers import ROMAN
from treatykg.lang.party_names import NAMING_PHRASE
from treatykg.lang.ru import structure as ru
from treatykg.lang.wording import alternatives

# --- headings -----------------------------------------------------------------------------------------------------

# "Article N", Kazakh and Russian, Arabic or Roman numbers, possibly glued to the text that follows.
ARTICLE_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*(?:{kk.ARTICLE_WORD})|(?:{ru.ARTICLE_WORD})\s+(?P<ru>\d+|{ROMAN})\.?"
    rf"|(?P<kk2>{ROMAN})\s+{kk.ARTICLE_WORD_LOWER})(?![{CYR}])"
)
SECTION_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*(?P<kkw>{kk.SECTION_WORDS})(?![{CYR}])"
    rf"|(?P<ruw>{ru.SECTION_WORDS})\s+(?P<ru>\d+|{ROMAN})\.?(?![{CYR}]))"
)
# An article heading at the end of a section's heading line.
ARTICLE_HEADING_AT_END = re.compile(
    rf"\s(?P<heading>\d+\s*-?\s*(?:{kk.ARTICLE_WORD})|(?:{ru.ARTICLE_WORD})\s+\d+\.?)\s*$")
# How an article heading looks, for messages about a text without one.
ARTICLE_EXAMPLES = f"'{kk.ARTICLE_EXAMPLE}' or '{ru.ARTICLE_EXAMPLE}'"
# The words of SECTION_HEADING that name a chapter rather than a section.
CHAPTER_WORD = re.compile(f"{kk.CHAPTER_WORD}|{ru.CHAPTER_WORD}", re.I)
PROTOCOL_HEADING = re.compile(
    rf"(?:^(?:{ru.PROTOCOL_WORD})(?:\s+(?P<ru>{ROMAN}|\d+))?(?![{CYR}])"
    rf"|(?:^|\s)(?P<kk>{ROMAN}|\d+)?\s*(?:{kk.PROTOCOL_WORD})\s*$)"
)
# Cheap tests before PROTOCOL_HEADING, which every line of a treaty is tried with.
PROTOCOL_HEADING_STARTS = ru.PROTOCOL_HEADING_STARTS
PROTOCOL_HEADING_ENDS = kk.PROTOCOL_HEADING_ENDS
# The last line of a Kazakh annex caption, its word for annex at the end after the dative of what it is annexed to,
# or alone on its line.
ANNEX_CAPTION_END_KK = kk.ANNEX_CAPTION_END
ANNEX_HEADING = re.compile(rf"^(?:{kk.ANNEX_WORD}|{ru.ANNEX_WORD})(?:\s+(?P<num>{ROMAN}|\d+))?(?![{CYR}])")

# A numeral stands where a number must: before or after the words for article, section, chapter, protocol and annex
# (the normaliser repairs Cyrillic look-alikes in such numerals).
NUMERAL_BEFORE = re.compile(rf"(?:{ru.NUMERAL_BEFORE_WORDS}) $")
NUMERAL_AFTER = re.compile(rf"\s*-?\s*(?:{kk.ARTICLE_WORD}|{kk.SECTION_WORDS}|{kk.PROTOCOL_WORD})(?![\w])")

# Where the space between two words was lost at a change of case.
# A Roman article number glued to the article's title (after the look-alike repair too): one lookbehind per length
# of the numeral (a lookbehind has a fixed width); the title does not start with a letter of a numeral.
_NUMERAL_LOOKALIKES = ru.ROMAN_TEN_LOOKALIKE + kk.ROMAN_ONE_LOOKALIKE
_GLUED_ROMAN = "|".join(rf"(?<=^{word} [IVXL{_NUMERAL_LOOKALIKES}]{{{width}}})"
                        for word in ru.ARTICLE_WORDS for width in range(1, 7))
# A treaty word in capitals glued to the next word in lower case.
_GLUED_TREATY_WORD = "|".join(rf"(?<={word})" for word in ru.TREATY_WORDS_UPPER + kk.TREATY_WORDS_UPPER)
RUN_TOGETHER = re.compile(
    rf"(?=[{CYR_UPPER}])(?:"  # every case but the last is before a capital: tested first, it rules out most places
    rf"(?<=[{CYR_LOWER}]{{4}})(?=[{CYR_UPPER}])"          # a word in lower case, then a capital
    rf"|(?<=\d-{kk.ARTICLE_WORD_LOWER})(?=[{CYR_UPPER}])"   # a Kazakh article heading, then its title
    rf"|(?<=(?<![{CYR}]){kk.ARTICLE_WORD_EITHER_CASE})(?=[{CYR_UPPER}])"
    rf"|(?<=(?<![{CYR}]){kk.ARTICLE_WORD_UPPER})(?=[{CYR_UPPER}][{CYR_LOWER}])"
    rf"|(?<=^{ru.ARTICLE_WORD_TITLE} \d)(?=[{CYR_UPPER}])|(?<=^{ru.ARTICLE_WORD_TITLE} \d\d)(?=[{CYR_UPPER}])"
    rf"|(?:{_GLUED_ROMAN})(?![{_NUMERAL_LOOKALIKES}])"     # a Russian article heading with a Roman number
    rf"|(?<=(?<![{CYR}])[{ru.ONE_LETTER_PREPOSITIONS}])(?=[{CYR_UPPER}][{CYR_LOWER}]))"  # a one-letter preposition
    rf"|(?<=[{CYR_UPPER}]{{2}})(?=[{CYR_LOWER}])(?:{_GLUED_TREATY_WORD})",  # a treaty word in capitals
    re.M,
)

# --- the attached treaty ------------------------------------------------------------------------------------------

# The title of the attached treaty: "… about AGREEMENT" (kk), "Agreement between …" (ru); an ordinal or "additional"
# may stand before the treaty word.
TREATY_WORD_KK = kk.TREATY_WORD
TREATY_ORDINAL_KK = kk.TREATY_ORDINAL
TREATY_ORDINAL_RU = ru.TREATY_ORDINAL
TREATY_TITLE_KK = kk.TREATY_TITLE
# A Kazakh title printed over several plain lines, its treaty word alone on the last one.
TREATY_WORD_LINE_KK = re.compile(rf"^(?:{TREATY_ORDINAL_KK}\s+)?{TREATY_WORD_KK}\s*\*?\s*$")
TREATY_TITLE_LINK_KK = kk.TREATY_TITLE_LINK
TREATY_TITLE_RU = ru.TREATY_TITLE
# A treaty word at the start of a word, in any case and with any ending. A Markdown heading (the normaliser marks
# heading lines) that holds one names the treaty, however the title is worded.
TREATY_WORD_ANY_FORM = re.compile(rf"(?<![{CYR}])(?:{kk.TREATY_WORD_STEMS}|{ru.TREATY_WORD_STEMS})", re.I)
DRAFT_MARKER = re.compile(rf"^(?:{ru.DRAFT}|{kk.DRAFT})\s*$")

# A heading that names the preamble, printed above it in some conventions.
PREAMBLE_HEADING = re.compile(rf"^(?:{ru.PREAMBLE}|{kk.PREAMBLE})\s*$")
# A dateline at the head of a convention's text, where it was done and when: a place, then a Russian or Kazakh date.
DATELINE = re.compile(rf"^[{CYR_UPPER}A-Z][\w-]+,\s+"
                      rf"(?:\d{{1,2}}\s+[{CYR}]+\s+\d{{4}}|\d{{4}}\s+{kk.YEAR_ADJECTIVE}\s+\d{{1,2}}\s+[{CYR}]+)")
# The clause that names the parties: its naming of them (party_names has the grammar of the whole clause).
PARTIES_CLAUSE = NAMING_PHRASE
# The collective names of the parties, for messages about a preamble without one.
COLLECTIVE_NAME_EXAMPLES = f"{kk.COLLECTIVE_NAME_EXAMPLE} / {ru.COLLECTIVE_NAME_EXAMPLE}"
# A first preamble line that names parties without a collective name.
PARTIES_WITHOUT_NAME = re.compile(f"{kk.PARTIES_WITHOUT_NAME}|{ru.PARTIES_WITHOUT_NAME}")
# A line that opens by naming a party in the nominative: it is no longer the treaty's title.
NOMINATIVE_PARTY = re.compile(ru.NOMINATIVE_PARTY)
AGREED_FORMULA = re.compile(f"{kk.AGREED}|{ru.AGREED}|{ru.SIGNED_BELOW}|{kk.SIGNED_BELOW}", re.I)
# The closing formula: the copies and the verb "done", or the verb and the languages (kk); "Done in …" at the start
# of a line, or "done in … in … copies" (ru).
CLOSING_FORMULA = re.compile(
    f"{kk.CLOSING_COPIES}|{ru.CLOSING_OPENING}|{kk.CLOSING_LANGUAGES}|{ru.CLOSING_COPIES}", re.I)

# --- signatures ---------------------------------------------------------------------------------------------------

# "… for" at the end of a line (kk), "For …" at its start (ru).
SIGNATURE_FOR = re.compile(rf"(?:^|\s)(?:{kk.FOR})\s*$|^{ru.FOR}\s+[{CYR_UPPER}]")
SIGNATURE_FOR_KK = kk.SIGNATURE_FOR
SIGNATURE_FOR_RU = re.compile(r"(?:^|\s)" + ru.FOR + r"\s+[" + CYR_UPPER + "]")
SIGNATURE_FOR_RU_START = ru.SIGNATURE_FOR_START
# A Kazakh signature that closes with "for", and possibly the signed mark after it.
SIGNATURE_FOR_KK_END = kk.SIGNATURE_FOR_END
SIGNATURE_FOR_KK_SIGNED = kk.SIGNATURE_FOR_SIGNED
SIGNED_MARK = re.compile(rf"^(?:{kk.SIGNED_MARK_WORD}|{ru.SIGNED_MARK_WORD})\s*:?\s*$")
# The signed mark at the end of a line: such a line may still stand in a column of signatures.
SIGNED_MARK_END = kk.SIGNED_MARK_END
# What is not the party's name in a signature: the signed mark, and "for" in either language.
SIGNATURE_PARTY_NOISE = re.compile(rf"\s*{kk.SIGNED_MARK_WORD}:\s*$|^{ru.FOR}\s+|\s+(?:{kk.FOR})\s*$")
SIGNED_MARK_TAIL = kk.SIGNED_MARK_TAIL
# Only searched for whether a line holds one (the order of the alternatives does not matter).
OFFICE_WORDS = re.compile(alternatives(kk.OFFICE_WORDS, ru.OFFICE_WORDS))
# Initials and a surname, or a surname and initials.
PERSON_NAME = re.compile(rf"^[{CYR_UPPER}A-Z]\.\s?(?:[{CYR_UPPER}A-Z]\.\s?)?[{CYR_UPPER}A-Z][\w-]+$|"
                         rf"^[{CYR_UPPER}][\w-]+\s+[{CYR_UPPER}]\.\s?[{CYR_UPPER}]\.,?$")

# --- notes --------------------------------------------------------------------------------------------------------

EDITORIAL_NOTE = re.compile(
    rf"^(?:{kk.NOTE_WORD}|{ru.NOTE_WORD})\b|^\*?\((?:[^()]*)(?:{kk.ENTERED_INTO_FORCE}|{ru.ENTERED_INTO_FORCE})"
)
# An editor's footnote under a title.
FOOTNOTE = re.compile(rf"^(?:{ru.FOOTNOTE_WORD}|{kk.NOTE_WORD})\s*\.")
# An editor's note that a version has no translation of the treaty (or of its annex) and prints the other language's
# text, or that it is an unofficial translation.
TRANSLATION_NOTE = re.compile(rf"{kk.NO_TRANSLATION}|^\(?(?:{kk.UNOFFICIAL_TRANSLATION}"
                              rf"|{ru.UNOFFICIAL_TRANSLATION})\)?\s*$", re.I)
# An editor's note of where the treaty was published (a bulletin of international treaties).
PUBLICATION_NOTE = re.compile(rf"^\([^()]*(?:{ru.BULLETIN_EITHER_CASE}|{kk.BULLETIN})[^()]*\)\s*$")
ENTRY_INTO_FORCE_NOTE = re.compile(f"{kk.ENTERED_INTO_FORCE_ANY}|{ru.ENTERED_INTO_FORCE_ANY}")
# The bulletin an editorial note of entry into force cites.
BULLETIN = re.compile(rf"(?:[-–—]\s*)(?P<ref>[^()]*?(?:{kk.BULLETIN}|{ru.BULLETIN})[^()]*?)\)?\s*$")
SPECIALISTS = re.compile(rf"^\(?(?:{kk.SPECIALISTS}|{ru.SPECIALISTS})\s*:")

# --- points, items and punctuation --------------------------------------------------------------------------------

POINT_NUMBER = re.compile(r"^(?P<num>\d+)\s*\\?\.\s+")
ITEM_MARKER = re.compile(rf"^(?P<marker>\d+\)|[{CYR_LOWER}a-z]\)|[-–—•]\s)\s*")
DEFINITION_ITEM = re.compile(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]")
TERMINAL_PUNCT = ".;:!?"
# Marks that open a quotation: a line that starts with one quotes another text ("«", '"', "„", "“").
QUOTES = "\"«„“"

# Languages as treaty texts name them, to ISO 639-1 codes: each language's words for it, Kazakh first (a word both
# languages spell alike given once).
LANGUAGE_WORDS = {code: alternatives(kk.LANGUAGE_WORDS.get(code, ""), ru.LANGUAGE_WORDS[code])
                  for code in ru.LANGUAGE_WORDS}
