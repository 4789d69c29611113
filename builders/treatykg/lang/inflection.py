"""Names read in the nominative: a party or an authority is named in whatever case the sentence needs (the
instrumental of "Соглашение между Правительством …", the accusative of "За Республику …", the Kazakh genitive of
"… Үкіметінің арасындағы" and accusative of "… министрлігін белгілейді"), and the graph names it in the
nominative singular, as a person would.

Russian words are inflected by pymorphy3 (its OpenCorpora dictionary knows "Речным" is "Речной" and "Кыргызской"
is "Кыргызская"); Kazakh endings are regular and are cut by rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.morphology import KK_ALTERNATIONS, KK_VOWELS

# pymorphy3's grammemes: the cases a name stands in, and the parts of speech of the words of its head phrase.
_CASES = {"nominative": "nomn", "instrumental": "ablt", "accusative": "accs", "genitive": "gent"}
_HEAD_WORDS = {"NOUN"}
_MODIFIERS = {"ADJF", "PRTF"}
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _analyser():
    import pymorphy3  # its dictionary takes a tenth of a second to load: only when a Russian name is inflected

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8192)
def _russian_word(word: str, case: str, singular: bool) -> tuple[str, bool] | None:
    """The word in the nominative (singular, if asked) and whether it is a noun; None when it is not a noun,
    adjective or participle in ``case``."""
    grammeme = _CASES[case]
    for parse in _analyser().parse(word):
        pos = parse.tag.POS
        if pos not in _HEAD_WORDS | _MODIFIERS or grammeme not in parse.tag:
            continue
        wanted = {"nomn", "sing"} if singular or "plur" not in parse.tag else {"nomn", "plur"}
        inflected = parse.inflect(wanted)
        if inflected is None:
            continue
        return _same_spelling(word, inflected.word), pos in _HEAD_WORDS
    return None


def _same_spelling(original: str, inflected: str) -> str:
    """The inflected word written as the original is: its capitals, and е where the original has no ё."""
    if "ё" not in original.lower():
        inflected = inflected.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


def russian_nominative(name: str, case: str, *, singular: bool = False) -> str:
    """A Russian name whose head phrase (the modifiers and the head noun it opens with) stands in ``case``
    (instrumental, accusative, genitive or nominative), with that phrase in the nominative; the words after the head
    noun (its genitive dependents: "… Республики Казахстан") are kept as written. ``singular`` also makes a plural
    head singular ("Правительства" -> "Правительство"). A name whose first word is not in that case is kept."""
    words = list(_WORD.finditer(name))
    out, last = [], 0
    for match in words:
        read = _russian_word(match.group(), case, singular)
        if read is None:
            break
        word, is_noun = read
        out.append(name[last:match.start()] + word)
        last = match.end()
        if is_noun:
            return "".join(out) + name[last:]
    return name


# --- Kazakh -------------------------------------------------------------------------------------------------------

# Case endings after a 3rd person possessive (Үкіметі-нің, министрлігі-н) and on a bare stem (Моңғолия-ның).
_KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_KK_ACCUSATIVE_ON_POSSESSIVE = "н"
_KK_POSSESSIVE_FINALS = "ыі"
_KK_PLURALS = ("лар", "лер", "дар", "дер", "тар", "тер")


def kazakh_nominative(word: str) -> str:
    """A Kazakh head word without its genitive or accusative ending: "Үкіметінің" -> "Үкіметі", "Моңғолияның" ->
    "Моңғолия", "министрлігін" -> "министрлігі"."""
    lower = word.lower()
    for ending in _KK_GENITIVE:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return word[: -len(ending)]
    if lower.endswith(_KK_ACCUSATIVE_ON_POSSESSIVE) and lower[-2:-1] in _KK_POSSESSIVE_FINALS and len(lower) > 4:
        return word[:-1]
    return word


def kazakh_singular(word: str) -> str:
    """A plural possessive head in the singular: "Үкіметтері" -> "Үкіметі", "министрліктері" -> "министрлігі"
    (a final voiceless consonant voices before the vowel of the possessive)."""
    lower = word.lower()
    if not lower or lower[-1] not in _KK_POSSESSIVE_FINALS:
        return word
    for plural in _KK_PLURALS:
        if lower[:-1].endswith(plural) and len(lower) > len(plural) + 3:
            stem = word[: -len(plural) - 1]
            final = stem[-1:].lower()
            if final in KK_ALTERNATIONS and stem[-2:-1].lower() in KK_VOWELS:
                voiced = KK_ALTERNATIONS[final]
                stem = stem[:-1] + (voiced.upper() if stem[-1].isupper() else voiced)
            return stem + word[-1]
    return word
