"""The nominative of a Russian noun phrase the text gives in the instrumental case, read with pymorphy3 (the
OpenCorpora dictionary of Russian).

A term defined as "под X понимается Y" stands in the instrumental ("под оборотом этилового спирта …"); its name is
the nominative ("оборот этилового спирта …"). The phrase is read from its first word: the words in the instrumental
(adjectives and participles agreeing with the head noun, the head noun itself, and the participles that follow it)
are put in the nominative, in their number; the first word in another case ends the change, and the rest (the
dependents in the genitive, "из …", "в области …") is kept as written. Where the first word is not a form of the
instrumental, or a form cannot be put in the nominative, the phrase has no nominative that can be told (None).
"""

from __future__ import annotations

from functools import lru_cache

import pymorphy3

_INSTRUMENTAL = "ablt"
_NOMINATIVE = "nomn"
_AGREEING = {"ADJF", "PRTF", "NOUN", "NPRO"}


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def _in_instrumental(word: str):
    """The likeliest reading of ``word`` as an instrumental form of a word that agrees in a noun phrase, or None."""
    return next((p for p in _analyzer().parse(word)
                 if _INSTRUMENTAL in p.tag and p.tag.POS in _AGREEING), None)


def _with_case_of(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def russian_nominative(phrase: str) -> str | None:
    """``phrase`` with its leading instrumental words in the nominative; None where that cannot be told."""
    words = phrase.split()
    if not words:
        return None
    out: list[str] = []
    changing, head_seen = True, False
    for written in words:
        core = written.rstrip(",")
        if changing:
            parse = _in_instrumental(core.lower())
            after_head_noun_not_agreeing = head_seen and parse is not None and parse.tag.POS == "NOUN"
            if parse is None or after_head_noun_not_agreeing:
                if not out:
                    return None
                changing = False
            else:
                grammemes = {_NOMINATIVE} | ({parse.tag.number} if parse.tag.number else set())
                nominative = parse.inflect(grammemes)
                if nominative is None:
                    return None
                head_seen = head_seen or parse.tag.POS in {"NOUN", "NPRO"}
                out.append(_with_case_of(core, nominative.word) + written[len(core):])
                continue
        out.append(written)
    return " ".join(out) if head_seen else None
