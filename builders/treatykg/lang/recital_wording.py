"""Recitals: where one recital of a preamble ends and the next begins.

A recital is a participial or purpose phrase ("учитывая …", "в целях …"; "… ескере отырып", "… мақсатында"). Two may
share a paragraph, and one may run on over two; a recital with coordinated heads ("принимая во внимание … и исходя
из …", "… ескеріп және … негізге ала отырып") is one. Russian recitals open with their head, Kazakh ones end with it:

* ru: a recital begins at the start of a paragraph and after a comma or semicolon that a gerund ("учитывая",
  "руководствуясь", "придавая") or a purpose opener ("в целях", "с целью") follows; a paragraph that opens with a
  noun in an oblique case ("Соглашением между …") goes on with the recital before it;
* kk: a recital ends at "отырып", "мақсатында" or "сәйкес" followed by a comma or semicolon, and at a converb ("…
  сүйеніп,") that "сондай-ақ" (also) follows;
* in both, a purpose phrase joined by "а также" / "сондай-ақ" to the recital before it belongs to it ("стремясь …,
  а также с целью …", "… ұмтыла отырып, сондай-ақ … мақсатында").
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.morphology import analyser

# A purpose or prepositional opener of a Russian recital.
RU_PURPOSE = re.compile(r"(?:в\s+целях|с\s+целью|в\s+соответствии\s+с|в\s+качестве|имея\s+в\s+виду|в\s+интересах)\b",
                        re.I)
# Words that may stand before a recital's head: "вновь подтверждая", "а также, придавая".
_RU_BEFORE_HEAD = {"вновь", "также", "далее", "а", "и", "особо", "глубоко", "твердо"}
# Where a Russian recital may begin inside a paragraph: after a comma or semicolon.
_RU_BREAK = re.compile(r"[,;]\s+")
# Where a Kazakh recital ends inside a paragraph.
_KK_END = re.compile(r"(?<![\w-])(?:отырып|мақсатында|сәйкес)\s*[,;]\s+(?=\S)"
                     r"|(?<=[а-яәғқңөұүһі])(?:ып|іп|п)\s*,\s+(?=сондай-ақ\b)")
# A purpose phrase joined to the recital before it: "сондай-ақ … мақсатында", "а также с целью …".
_KK_JOINED_PURPOSE = re.compile(r"^сондай-ақ\b.*мақсатында\W*$", re.S)
_RU_JOINED_PURPOSE = re.compile(r"^а\s+также\s+(?:с\s+целью|в\s+целях)\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=4096)
def _pos(word: str) -> tuple[str | None, str | None]:
    parse = analyser().parse(word)[0]  # the one Russian analyser of lang/, loaded on first use
    return parse.tag.POS, parse.tag.case


# Inside a paragraph only these purpose openers begin a recital ("в соответствии с" there governs a phrase).
_RU_PURPOSE_INSIDE = re.compile(r"(?:в\s+целях|с\s+целью)\b", re.I)


def _opens_russian_recital(text: str, inside: bool = False) -> bool:
    """A gerund ("учитывая"), perhaps after "вновь", or a purpose opener, at the start of ``text``."""
    if (_RU_PURPOSE_INSIDE if inside else RU_PURPOSE).match(text):
        return True
    for word in _WORD.findall(text)[:3]:
        pos, _ = _pos(word.lower())
        if pos == "GRND":
            return True
        if word.lower() not in _RU_BEFORE_HEAD:
            return False
    return False


def recital_starts(text: str, language: str) -> list[int]:
    """Where each recital of a paragraph begins (the first at 0)."""
    starts = [0]
    if language == "ru":
        for match in _RU_BREAK.finditer(text):
            rest = text[match.end():]
            if not _opens_russian_recital(rest, inside=True) or _RU_JOINED_PURPOSE.match(rest):
                continue
            between = _WORD.findall(text[starts[-1]:match.end()])
            if starts[-1] and all(word.lower() in _RU_BEFORE_HEAD for word in between):
                continue  # "…, а также, придавая": one recital begins at "а также"
            starts.append(match.end())
        return starts
    for match in _KK_END.finditer(text):
        rest = text[match.end():]
        if not _KK_JOINED_PURPOSE.match(rest):
            starts.append(match.end())
    return starts


def continues_recital(text: str, language: str) -> bool:
    """A paragraph that goes on with the recital before it: in Russian, one that opens with a noun in an oblique
    case (a recital split by a stray full stop: "… 1994 года." / "Соглашением между …")."""
    if language != "ru" or _opens_russian_recital(text):
        return False
    words = _WORD.findall(text)[:1]
    if not words:
        return False
    pos, case = _pos(words[0].lower())
    return pos == "NOUN" and case not in (None, "nomn")
