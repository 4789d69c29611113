"""Recitals: where one recital of a preamble ends and the next begins. The words are in lang/kk/recitals.py and
lang/ru/recitals.py.

A recital is a participial or purpose phrase ("considering …", "with the aim of …"). Two may share a paragraph, and
one may run on over two; a recital with coordinated heads is one. Russian recitals open with their head, Kazakh ones
end with it:

* ru: a recital begins at the start of a paragraph and after a comma or semicolon that a gerund (pymorphy3's GRND) or
  a purpose opener (ru.PURPOSE_INSIDE) follows; a paragraph that opens with a noun in an oblique case goes on with
  the recital before it;
* kk: a recital ends at one of the words of kk.RECITAL_END followed by a comma or semicolon, and at a converb that
  "also" follows;
* in both, a purpose phrase joined by "and also" to the recital before it belongs to it (JOINED_PURPOSE).
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.kk import recitals as kk
from treatykg.lang.morphology import analyser
from treatykg.lang.ru import recitals as ru

# A purpose or prepositional opener of a Russian recital.
RU_PURPOSE = ru.PURPOSE
_RU_BEFORE_HEAD = ru.BEFORE_HEAD
# Where a Russian recital may begin inside a paragraph: after a comma or semicolon.
_RU_BREAK = re.compile(r"[,;]\s+")
# Where a Kazakh recital ends inside a paragraph.
_KK_END = kk.RECITAL_END
_KK_JOINED_PURPOSE = kk.JOINED_PURPOSE
_RU_JOINED_PURPOSE = ru.JOINED_PURPOSE
_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=4096)
def _pos(word: str) -> tuple[str | None, str | None]:
    parse = analyser().parse(word)[0]  # the one Russian analyser of lang/, loaded on first use
    return parse.tag.POS, parse.tag.case


_RU_PURPOSE_INSIDE = ru.PURPOSE_INSIDE


def _opens_russian_recital(text: str, inside: bool = False) -> bool:
    """A gerund, perhaps after a word of BEFORE_HEAD ("again"), or a purpose opener, at the start of ``text``."""
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
                continue  # "…, and also, attaching": one recital begins at "and also"
            starts.append(match.end())
        return starts
    for match in _KK_END.finditer(text):
        rest = text[match.end():]
        if not _KK_JOINED_PURPOSE.match(rest):
            starts.append(match.end())
    return starts


def continues_recital(text: str, language: str) -> bool:
    """A paragraph that goes on with the recital before it: in Russian, one that opens with a noun in an oblique
    case (a recital split by a stray full stop before "Agreement-INSTRUMENTAL between …")."""
    if language != "ru" or _opens_russian_recital(text):
        return False
    words = _WORD.findall(text)[:1]
    if not words:
        return False
    pos, case = _pos(words[0].lower())
    return pos == "NOUN" and case not in (None, "nomn")
