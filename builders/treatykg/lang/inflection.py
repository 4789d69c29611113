"""Russian inflection by a real morphological dictionary (pymorphy3 with the OpenCorpora dictionary of Russian), and
the Kazakh case suffixes of a place name.

The gazetteers use it two ways: to write out every case form of a name they know ("Kuba" -> "Kuby", "Kube", …,
"Obedinennye Arabskie Emiraty" -> "Obedinennykh Arabskikh Emiratov", …), and to take a place they do not know back
to its nominative ("v Gaze" -> "Gaza", "Gazada" -> "Gaza"). The analyser loads its dictionary once per process, on
first use (about a tenth of a second).

The fact extractors use it to name a party or an authority in the nominative singular, as a person would, whatever
case the sentence needs: the instrumental of "Soglashenie mezhdu Pravitelstvom …", the accusative of "Za Respubliku
…", the Kazakh genitive of "… Ükimetiniñ arasyndağy" and accusative of "… ministrligin belgileydi". Kazakh endings
are regular and are cut by rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.kk import suffixes as kk
from treatykg.lang.morphology import (
    KK_ALTERNATIONS,
    KK_CASES,
    KK_CASES_AFTER_POSSESSIVE,
    KK_ENDINGS,
    KK_ENDINGS_ON_POSSESSIVE,
    KK_VOWELS,
    analyser,
)
from treatykg.lang.ru import alphabet as ru_alphabet

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# The cases a place takes after "v", "v gorode": prepositional (locative), and the nominative of "v gorode Bishkek".
_PLACE_CASES = ("loct", "loc2", "nomn")
_NAME_TAGS = ("Geox", "Orgn")
_NOMINAL = ("NOUN", "ADJF", "PRTF")


def _nominative_parse(word: str):
    """The analysis of ``word`` as a nominative noun, adjective or participle, names of places first; None when
    ``word`` cannot be a nominative (a complement such as "Ameriki", a conjunction, an indeclinable word)."""
    parses = [p for p in analyser().parse(word)
              if p.tag.case == "nomn" and p.tag.POS in _NOMINAL and "Fixd" not in p.tag]
    parses.sort(key=lambda p: not any(tag in p.tag for tag in _NAME_TAGS))
    return parses[0] if parses else None


def case_forms(word: str) -> set[str]:
    """The forms of a word of a Russian name in the six cases, in its own number (lower case, yo as written by the
    dictionary). A word that is not a nominative (a genitive complement, a conjunction) keeps its one form."""
    forms = {word.lower()}
    parse = _nominative_parse(word)
    if parse is None:
        return forms
    for case in CASES:
        inflected = parse.inflect({case})
        if inflected is not None:
            forms.add(inflected.word)
    located = parse.inflect({"loc2"}) if parse.tag.POS == "NOUN" else None  # "v Krymu": the second locative
    if located is not None:
        forms.add(located.word)
    return forms


def adjective_forms(lemma: str) -> set[str]:
    """Every form of a Russian adjective (all genders, numbers and cases), from its dictionary form."""
    return lexeme_forms(lemma, "ADJF")


def lexeme_forms(lemma: str, part_of_speech: str) -> set[str]:
    """Every form of a Russian word of a part of speech ("NOUN", "ADJF"): all numbers and cases (and genders), from
    its dictionary form."""
    parses = [p for p in analyser().parse(lemma) if p.tag.POS == part_of_speech]
    if not parses:
        return {lemma.lower()}
    return {form.word for form in parses[0].lexeme if form.tag.POS == part_of_speech}


def russian_place_nominative(word: str) -> str | None:
    """The nominative of a Russian place name written after "v" or "v gorode" ("Gaze" -> "gaza", "Ankare" ->
    "ankara", "Bishkek" -> "bishkek"), lower case; None when the dictionary has no reading of it as a noun in one of
    those cases (then the caller keeps the word as written)."""
    parses = [p for p in analyser().parse(word) if p.tag.POS == "NOUN" and p.tag.case in _PLACE_CASES]
    if not parses:
        return None
    # a place name before a common noun of the same spelling ("Gaze": the Gaza Strip, not gas); the dictionary's
    # own order (by frequency) decides among the rest
    parses.sort(key=lambda p: "Geox" not in p.tag)
    return parses[0].normal_form


# Kazakh: a place in the locative ("Gazada", "Bishkekte", "Astanada"), or with its attributive -ğy ("Minsktegi").
# The -nda/-nde forms follow a possessive ("qalasynda") and are taken off only there.
KK_LOCATIVE_SUFFIXES = kk.LOCATIVE
KK_POSSESSIVE_LOCATIVE_SUFFIXES = kk.POSSESSIVE_LOCATIVE
# A vowel that Kazakh writes between a final consonant cluster and a suffix: "Minsk" -> "Minskide".
_KK_EPENTHETIC = kk.EPENTHETIC
_VOWELS = kk.VOWEL_LETTERS


def kazakh_place_stem(word: str) -> str:
    """A Kazakh place name without its locative suffix: "Gazada" -> "Gaza", "Bishkekte" -> "Bishkek",
    "Minskide" -> "Minsk"; a word without one is returned as it is."""
    lower = word.lower()
    for suffix in KK_LOCATIVE_SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if (len(stem) >= 3 and stem[-1].lower() in _KK_EPENTHETIC and stem[-2].lower() not in _VOWELS
                    and stem[-3].lower() not in _VOWELS):
                stem = stem[:-1]
            return stem
    return word


def without_possessive(word: str) -> str:
    """A Kazakh noun without its third-person possessive ("ūyymy" -> "ūyym", "odağy" -> "odağ", "keñesi" ->
    "keñes", "koroldigi" -> "koroldig"); a word without one is returned as it is."""
    for suffix in kk.POSSESSIVE_AFTER_VOWEL:
        if word.endswith(suffix) and len(word) > 3 and word[-3] in _VOWELS:
            return word[:-2]
    if len(word) > 3 and word[-1] in _KK_EPENTHETIC and word[-2] not in _VOWELS:
        return word[:-1]
    return word


# Every Kazakh ending a name may take (case, plural, possessive and their sequences), for "stem + any suffix".
KK_NAME_ENDINGS = frozenset(KK_ENDINGS) | frozenset(KK_ENDINGS_ON_POSSESSIVE) | frozenset(KK_CASES) | frozenset(
    KK_CASES_AFTER_POSSESSIVE)
KK_NAME_ENDING_LENGTHS = tuple(sorted({len(e) for e in KK_NAME_ENDINGS}))
# Kazakh adjectives made from a name ("Qazaqstandyq Tarap", "reseylik tarap"): not endings of the name itself.
KK_ADJECTIVE_SUFFIXES = kk.ADJECTIVE


# --- names in the nominative ----------------------------------------------------------------------------------

# pymorphy3's grammemes: the cases a name stands in, and the parts of speech of the words of its head phrase.
_CASE_GRAMMEMES = {"nominative": "nomn", "instrumental": "ablt", "accusative": "accs", "genitive": "gent"}
_HEAD_WORDS = {"NOUN"}
_MODIFIERS = {"ADJF", "PRTF"}
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=8192)
def _russian_word(word: str, case: str, singular: bool) -> tuple[str, bool] | None:
    """The word in the nominative (singular, if asked) and whether it is a noun; None when it is not a noun,
    adjective or participle in ``case``."""
    grammeme = _CASE_GRAMMEMES[case]
    for parse in analyser().parse(word):
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
    """The inflected word written as the original is: its capitals, and e where the original has no yo."""
    if ru_alphabet.YO not in original.lower():
        inflected = inflected.replace(ru_alphabet.YO, ru_alphabet.E)
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


def russian_nominative(name: str, case: str, *, singular: bool = False) -> str:
    """A Russian name whose head phrase (the modifiers and the head noun it opens with) stands in ``case``
    (instrumental, accusative, genitive or nominative), with that phrase in the nominative; the words after the head
    noun (its genitive dependents: "… Respubliki Kazakhstan") are kept as written. ``singular`` also makes a plural
    head singular ("Pravitelstva" -> "Pravitelstvo"). A name whose first word is not in that case is kept."""
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

# Case endings after a 3rd person possessive (Ükimeti-niñ, ministrligi-n) and on a bare stem (Moñğoliya-nyñ).
_KK_GENITIVE = kk.GENITIVE
_KK_ACCUSATIVE_ON_POSSESSIVE = kk.ACCUSATIVE_ON_POSSESSIVE
_KK_POSSESSIVE_FINALS = kk.POSSESSIVE_FINALS
_KK_PLURALS = kk.PLURAL


def kazakh_nominative(word: str) -> str:
    """A Kazakh head word without its genitive or accusative ending: "Ükimetiniñ" -> "Ükimeti", "Moñğoliyanyñ" ->
    "Moñğoliya", "ministrligin" -> "ministrligi"."""
    lower = word.lower()
    for ending in _KK_GENITIVE:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return word[: -len(ending)]
    if lower.endswith(_KK_ACCUSATIVE_ON_POSSESSIVE) and lower[-2:-1] in _KK_POSSESSIVE_FINALS and len(lower) > 4:
        return word[:-1]
    return word


# The accusative of a bare stem (ortalyq-ty, keñes-ti, organ-dy); the stem is bare, not possessive, where an
# adjective in -ğy/-gi/-qy/-ki stands before it ("… zhönindegi ortalyqty": a possessive "Departamenti" is a nominative).
_KK_ACCUSATIVE_ON_STEM = kk.ACCUSATIVE_ON_STEM
_KK_ADJECTIVE_BEFORE = re.compile(kk.ADJECTIVE_BEFORE)


def kazakh_object_nominative(name: str) -> str:
    """A Kazakh name that stands as the object of a verb, with its head word in the nominative: "… zhönindegi
    ortalyqty" -> "… zhönindegi ortalyq", "… Shtattarynyñ … ortalyğyn" -> "… ortalyğy"."""
    words = name.split(" ")
    head = words[-1]
    lower = head.lower()
    if (len(words) > 1 and _KK_ADJECTIVE_BEFORE.search(words[-2].lower()) and len(lower) > 5
            and lower.endswith(_KK_ACCUSATIVE_ON_STEM)):
        return " ".join([*words[:-1], head[:-2]])
    return " ".join([*words[:-1], kazakh_nominative(head)])


def kazakh_singular(word: str) -> str:
    """A plural possessive head in the singular: "Ükimetteri" -> "Ükimeti", "ministrlikteri" -> "ministrligi"
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

# --- a defined term in the nominative -----------------------------------------------------------------------------
# A term defined as "pod X ponimaetsya Y" stands in the instrumental ("pod oborotom etilovogo spirta …"); its name is
# the nominative ("oborot etilovogo spirta …"). The phrase is read from its first word: the words in the instrumental
# (adjectives and participles agreeing with the head noun, the head noun itself, and the participles that follow it)
# are put in the nominative, in their number; the first word in another case ends the change, and the rest (the
# dependents in the genitive, "iz …", "v oblasti …") is kept as written. Where the first word is not a form of the
# instrumental, or a form cannot be put in the nominative, the phrase has no nominative that can be told (None).

_INSTRUMENTAL = "ablt"
_NOMINATIVE = "nomn"
_AGREEING = {"ADJF", "PRTF", "NOUN", "NPRO"}


def _in_instrumental(word: str):
    """The likeliest reading of ``word`` as an instrumental form of a word that agrees in a noun phrase, or None."""
    return next((p for p in analyser().parse(word)
                 if _INSTRUMENTAL in p.tag and p.tag.POS in _AGREEING), None)


def _with_case_of(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def instrumental_phrase_nominative(phrase: str) -> str | None:
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
