"""How a treaty names its parties: the clause at the head of the preamble ("Pravitelstvo A i Pravitelstvo B,
imenuemye v dalneyshem Storonami," / "Būdan äri Taraptar dep atalatyn A men B,"), the treaty's title ("Soglashenie
mezhdu Pravitelstvom A i Pravitelstvom B o …" / "A men B arasyndağy … turaly kelisim") and its signatures
("Za Pravitelstvo A" / "A üshin").

The grammar of the clause, in both languages:

* party names are proper names: their words are capitalised, except the lower-case words inside a name that a
  capitalised word or a head noun follows ("Ministerstvo obrazovaniya i nauki Respubliki Kazakhstan", "Bilim zhäne
  ğylym ministrligi"); the names end where the words stop being a name: at a recital run on after them ("…
  Monğoliya egemendikti qūrmetteu …", "… Ükimeti, 1963 zhylğy …"), at the collective name that follows them;
* names are joined by "i", "men", "zhäne" or a comma before a capital, Kazakh "men" sometimes glued to the word
  before it ("Respublikasymen Belarus"), and sides by "s odnoy storony … s drugoy storony" / "bir taraptan";
* the collective name ("hereinafter the Parties") is plural, a name given to one party (its role: "Prinimayushchaya
  Storona", "Qabyldaushy Tarap") singular; Russian gives a party's role after it, Kazakh before it;
* one plural head may be shared by several names: "Pravitelstva A, B i V" are three governments, as are
  "A, B zhäne V Ükimetteri".

Everything here reads strings and gives offsets into them; facts/parties.py makes the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from treatykg.lang.alphabet import CYR_UPPER, has_kazakh_letters
from treatykg.lang.gazetteer import state_mentions
from treatykg.lang.inflection import kazakh_nominative, kazakh_singular, russian_nominative
from treatykg.lang.kk import parties as kk
from treatykg.lang.morphology import russian_lexeme_forms, russian_lexeme_pattern
from treatykg.lang.ru import parties as ru
from treatykg.lang.wording import alternatives

# --- the collective name and the names given to one party ------------------------------------------------------------

# The nouns that name parties in a treaty ("Party" in each language), and the states when the parties are states.
PARTY_NOUN = rf"(?:{kk.PARTY_NOUN}|{russian_lexeme_pattern(ru.PARTY_NOUN_LEMMAS, capitalised=True)})"
# A name given to the parties or to one of them, capitalised, with at most two capitalised modifiers ("High
# Contracting Parties", "Receiving Party"), perhaps quoted.


def _given_name(n: int) -> str:
    """The given name, in group ``name<n>`` (each alternative of NAMING_PHRASE has its own group)."""
    return rf"[«\"“„]?(?P<name{n}>(?:[{CYR_UPPER}][\w-]*\s+){{0,2}}{PARTY_NOUN})[»\"”“]?"


_KK_HEREINAFTER = kk.HEREINAFTER
_RU_HEREINAFTER = ru.HEREINAFTER
NAMING_PHRASE = re.compile(
    r"\(?\s*(?:"
    # kk: "hereinafter" and a dash and the name, perhaps "called"; "hereinafter" and the name "called"; the name
    # "called" alone
    rf"{_KK_HEREINAFTER}(?:[-–—]\s*{_given_name(1)}(?:\s+{kk.CALLED})?|{_given_name(2)}\s+{kk.CALLED})"
    rf"|{_given_name(3)}\s+{kk.CALLED}"
    # ru: "(together | hereinafter) named (hereinafter) the Parties"
    rf"|(?:(?:{ru.TOGETHER}|{_RU_HEREINAFTER})\s+)?{ru.NAMED}\s+(?:{_RU_HEREINAFTER}\s+)?{_given_name(4)}"
    # ru: "(hereinafter - the Parties)", 'hereinafter "the Contracting Parties"'
    rf"|{_RU_HEREINAFTER}\s*(?:[-–—]\s*{_given_name(5)}|(?=[«\"“„]){_given_name(6)})"
    r")\s*\)?"
)
# The plural forms of the party nouns: a name in one of them names the parties together; any other, one party.
_RU_COLLECTIVE_WORDS = "|".join(
    form.capitalize() for case in ru.COLLECTIVE_CASES for lemma in ru.PARTY_NOUN_LEMMAS
    for form in russian_lexeme_forms(lemma, frozenset({"plur", case})))
_COLLECTIVE_WORD = re.compile(rf"(?:{kk.COLLECTIVE_WORDS}|{_RU_COLLECTIVE_WORDS})$")

# A collective name that opens a preamble or is the subject of its agreed formula, with no naming clause.
COLLECTIVE_SUBJECT = re.compile(f"{kk.COLLECTIVE_SUBJECT}|{ru.COLLECTIVE_SUBJECT}")

# "on the one side, … on the other side": where one side ends.
SIDE_MARKER = re.compile(rf",?\s*(?:{ru.SIDE}|{kk.SIDE})\s*,?")

# --- head nouns: the kind of a party -------------------------------------------------------------------------------

# The head noun of a name says what the party is. Russian names open with their head ("Tamozhennyy komitet pri
# Pravitelstve …"), Kazakh names end with it ("… Ükimetiniñ zhanyndağy Keden komiteti"). The order matters where
# two kinds match at one place: "Natsionalnyy Bank" is a national bank, not a bank.
HEAD_NOUNS = tuple((kind, alternatives(kk.HEAD_NOUNS[kind], ru.HEAD_NOUNS[kind])) for kind in ru.HEAD_NOUNS)
# A word that names a state's kind of state ("Respublikasynyñ", "Federatsii"): a body so named is a state's body.
STATE_WORD = re.compile(dict(HEAD_NOUNS)["state"])
_HEADS = [(kind, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])")) for kind, pattern in HEAD_NOUNS]
_ANY_HEAD = re.compile("|".join(f"(?:{pattern})" for _, pattern in HEAD_NOUNS))
_RU_PLURAL_HEAD = ru.PLURAL_HEAD
_KK_PLURAL_HEAD = kk.PLURAL_HEAD
DESCRIBED_PARTIES = {"ru": ru.DESCRIBED_PARTIES, "kk": kk.DESCRIBED_PARTIES}
_PLURAL_DESCRIPTION = re.compile(f"{ru.PLURAL_DESCRIPTION}|{kk.PLURAL_DESCRIPTION}")
_KK_GENITIVE_END = kk.GENITIVE_END
_RU_GENITIVE_START = ru.GENITIVE_START

# Words that join names, and words that are no names.
_CONJUNCTIONS = kk.CONJUNCTIONS | ru.CONJUNCTIONS
_GLUED_CONJUNCTION = kk.GLUED_CONJUNCTION
_TOKEN = re.compile(r"[\w][\w.\-]*|[,;:()«»\"“”„]|[-–—]")
_LOOKAHEAD = 5  # a lower-case word is inside a name when a capital or a head noun follows within so many words


def head_kind(name: str, language: str | None = None) -> str | None:
    """The kind of party a name's head noun says (government, ministry, national-bank, agency, organisation,
    state), or None. The head opens a Russian name and ends a Kazakh one."""
    kazakh = language == "kk" or (language is None and has_kazakh_letters(name))
    found = [(m.start(), kind) for kind, pattern in _HEADS for m in pattern.finditer(name)]
    if not found:
        return None
    found.sort()
    return found[-1][1] if kazakh else found[0][1]


def is_state_name(name: str) -> bool:
    """A name that is a state's own name and nothing else ("Monğoliya", "Respublika Kazakhstan", "Birikken Arab
    Ämirlikteri"): one state named, and every other word a state's head ("Respublika", "Federatsiyasy")."""
    mentions = state_mentions(name)
    if len(mentions) != 1:
        return False
    mention_start = mentions[0].start
    mention_end = mention_start + len(mentions[0].as_written)
    others = [m.group() for m in re.finditer(r"\S+", name) if m.end() <= mention_start or m.start() >= mention_end]
    return all(head_kind(word) == "state" for word in others)


# --- reading a parties clause -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NamedParty:
    """A party as a clause, title or signature names it: its name in the nominative singular, the span of the words
    it was read from, and those words as printed."""

    label: str
    start: int
    end: int
    as_written: str
    role: str | None = None          # a name given to this party alone ("Prinimayushchaya Storona")
    described: bool = False          # a description of many ("Pravitelstva gosudarstv-chlenov …"), no one party


@dataclass
class ClauseReading:
    """What a parties clause says: the parties, the collective name (in the nominative), where the clause ends (the
    rest of its text is a recital run on after it), and where each side ends (offsets of "s drugoy storony")."""

    parties: list[NamedParty] = field(default_factory=list)
    collective: str | None = None
    end: int = 0
    side_ends: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str            # collective | role | side
    name: str = ""


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def _marks(text: str) -> list[_Mark]:
    marks = []
    for match in NAMING_PHRASE.finditer(text):
        name = " ".join(next(v for k, v in match.groupdict().items() if k.startswith("name") and v).split())
        kind = "collective" if _COLLECTIVE_WORD.search(name) else "role"
        marks.append(_Mark(match.start(), match.end(), kind, name))
    taken = [(m.start, m.end) for m in marks]
    for match in SIDE_MARKER.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            marks.append(_Mark(match.start(), match.end(), "side"))
    return sorted(marks, key=lambda m: m.start)


def _tokens(text: str, marks: list[_Mark]) -> list[_Token | _Mark]:
    """The clause as words, punctuation and marks, in order (the words inside a mark are the mark)."""
    out: list[_Token | _Mark] = list(marks)
    for match in _TOKEN.finditer(text):
        if any(m.start <= match.start() < m.end for m in marks):
            continue
        word = match.group()
        glued = _GLUED_CONJUNCTION.search(word) if len(word) > 6 and word[:1].isupper() else None
        if glued:  # "Respublikasymen Belarus": the name, then "men"
            out.append(_Token(match.start(), match.start() + glued.start(), word[:glued.start()]))
            out.append(_Token(match.start() + glued.start(), match.end(), glued.group()))
        else:
            out.append(_Token(match.start(), match.end(), word))
    return sorted(out, key=lambda t: t.start)


def _is_name_word(token: _Token, inside: bool = False) -> bool:
    """A capitalised word; at the start of a name, no collective name ("Taraptar memleketteriniñ …" is no party),
    while inside one "Gosudarstva" is a genitive ("Pravitelstvo Gosudarstva Palestina")."""
    return token.text[:1].isupper() and (inside or not _COLLECTIVE_WORD.match(token.text))


def _is_head(token: _Token) -> bool:
    return bool(_ANY_HEAD.fullmatch(token.text))


def _name_follows(items: list[_Token | _Mark], at: int, within: int = _LOOKAHEAD) -> bool:
    """Whether the words from ``at`` on go on with a name: a capital or a head noun within a few words, before any
    punctuation."""
    seen = 0
    for item in items[at:]:
        if isinstance(item, _Mark) or not item.is_word:
            return False
        if _is_name_word(item, inside=True) or _is_head(item):
            return True
        seen += 1
        if seen >= within:
            return False
    return False


def _runs_into_naming(items: list[_Token | _Mark], at: int) -> bool:
    """Whether lower-case words (and commas between them) run on into the naming of the parties: the end of a long
    name ("… po voprosam obrazovaniya, nauki i kultury, imenuemye dalee «Storony»")."""
    seen = 0
    for item in items[at:]:
        if isinstance(item, _Mark):
            return item.kind in ("collective", "role")
        if item.text == ",":
            continue
        if not item.is_word or item.text[:1].isdigit() or seen >= 2 * _LOOKAHEAD:
            return False
        seen += 1
    return False


def _next_goes_on(items: list[_Token | _Mark], at: int) -> bool:
    """After a comma: another name (a capital, perhaps after "i"/"men"), or a role or side mark."""
    if at >= len(items):
        return False
    item = items[at]
    if isinstance(item, _Mark):
        return item.kind in ("role", "side")
    if item.text in _CONJUNCTIONS:
        return _next_goes_on(items, at + 1)
    return item.is_word and _is_name_word(item)


def read_parties_clause(text: str, language: str | None = None) -> ClauseReading:
    """Read the clause that names the parties. ``end`` is 0 when the text does not open with party names."""
    kazakh = language == "kk" or (language is None and has_kazakh_letters(text))
    marks = _marks(text)
    items = _tokens(text, marks)
    reading = ClauseReading(side_ends=[m.start for m in marks if m.kind == "side"])
    words: list[_Token] = []          # the words of the names, in order
    breaks: list[int] = []            # offsets where one name ends and the next starts
    roles: dict[int, str] = {}        # offset of a name's word -> the role given to that name
    pending_role: str | None = None
    item_words: list[_Token] = []     # the words of the name being read

    def item_has_head() -> bool:
        name = " ".join(w.text for w in item_words)
        return head_kind(name, "kk" if kazakh else "ru") is not None or is_state_name(name)

    def new_item(at: int) -> None:
        breaks.append(at)
        item_words.clear()

    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, _Mark):
            if words and item.kind == "collective":
                break
            if item.kind == "role":
                if kazakh:
                    pending_role = item.name
                elif words:
                    roles[words[-1].start] = item.name
            if words and item.kind in ("role", "side"):
                new_item(item.start)
            i += 1
            continue
        if not words and not (item.is_word and _is_name_word(item)):
            if item.text == "(":  # a note in brackets before the names: "(Qazaqsha audarmasy zhoq …)"
                i = _after_bracket(items, i)
                continue
            if item.text in ",«\"“„-–—":
                i += 1
                continue
            break
        if item.is_word:
            if item.text in _CONJUNCTIONS and words:
                if _next_goes_on(items, i + 1):
                    new_item(item.start)
                elif not (_name_follows(items, i + 1) or _runs_into_naming(items, i + 1)):
                    break
                i += 1
                continue
            inside = bool(item_words) and not kazakh  # "Pravitelstvo Gosudarstva Palestina"
            if item.text[:1].isdigit() or (not inside and _COLLECTIVE_WORD.match(item.text)):
                break
            if not (_is_name_word(item, inside=inside) or _is_head(item)
                    or _name_follows(items, i + 1) or _runs_into_naming(items, i + 1)):
                break
            if pending_role is not None:
                roles[item.start] = pending_role
                pending_role = None
            words.append(item)
            item_words.append(item)
            i += 1
            continue
        if item.text in ",;":
            if _next_goes_on(items, i + 1):
                new_item(item.start)
            elif not (_runs_into_naming(items, i + 1)
                      or (kazakh and not item_has_head() and _name_follows(items, i + 1, within=2 * _LOOKAHEAD))):
                break
            i += 1
            continue
        abbreviation = items[i + 1] if i + 2 < len(items) else None
        if item.text == "(" and isinstance(abbreviation, _Token) and abbreviation.text.isupper() \
                and getattr(items[i + 2], "text", "") == ")":  # "Birikken Ūlttar Ūyymy (YuNESKO)"
            words.extend([item, abbreviation, items[i + 2]])  # type: ignore[list-item]
            i += 3
            continue
        break
    if not words:
        return reading
    reading.end = _clause_end(text, marks, words[-1].end)
    collective = next((m.name for m in marks if m.kind == "collective" and m.start < reading.end), None)
    reading.collective = collective_nominative(collective) if collective else None
    reading.parties = _parties(text, words, breaks, roles, kazakh)
    return reading


def _after_bracket(items: list[_Token | _Mark], at: int) -> int:
    """The index after the bracket that closes the one at ``at``."""
    depth = 0
    for k in range(at, len(items)):
        text = getattr(items[k], "text", "")
        depth += (text == "(") - (text == ")")
        if depth == 0:
            return k + 1
    return len(items)


def _clause_end(text: str, marks: list[_Mark], at: int) -> int:
    """Past the names: the naming marks and the commas, dashes and brackets that close the clause."""
    moved = True
    while moved:
        moved = False
        while at < len(text) and text[at] in " \t\n,)":
            at += 1
        for mark in marks:
            if mark.start <= at < mark.end or (mark.start == at and mark.kind != "side"):
                at, moved = mark.end, True
    return at


def _parties(text: str, words: list[_Token], breaks: list[int], roles: dict[int, str],
             kazakh: bool) -> list[NamedParty]:
    groups: list[list[_Token]] = [[]]
    for word in words:
        if groups[-1] and any(groups[-1][-1].end <= b <= word.start for b in breaks):
            groups.append([])
        groups[-1].append(word)
    spans = [(g[0].start, g[-1].end) for g in groups if g]
    spans = _merged(text, spans, kazakh)
    parties = []
    for start, end in spans:
        written = text[start:end]
        role = next((r for at, r in roles.items() if start <= at <= end), None)
        parties.append(NamedParty(" ".join(written.split()), start, end, written, role))
    return _shared_heads(text, parties, kazakh)


def _merged(text: str, spans: list[tuple[int, int]], kazakh: bool) -> list[tuple[int, int]]:
    """Names split where a comma or "i" stood inside one name ("Bilim zhäne Ğylym ministrligi") are joined again:
    a name must have a head noun, be a state's own name, or wait for a shared head."""
    out = list(spans)
    changed = True
    while changed and len(out) > 1:
        changed = False
        for k, (start, end) in enumerate(out):
            name = " ".join(text[start:end].split())
            if _is_a_name(name, kazakh):
                continue
            if kazakh and k + 1 < len(out):   # a Kazakh name's head comes after it
                out[k:k + 2] = [(start, out[k + 1][1])]
            elif not kazakh and k > 0:
                out[k - 1:k + 1] = [(out[k - 1][0], end)]
            else:
                continue
            changed = True
            break
    return out


def _is_a_name(name: str, kazakh: bool) -> bool:
    if head_kind(name, "kk" if kazakh else "ru") is not None or is_state_name(name):
        return True
    if kazakh:
        return bool(_KK_GENITIVE_END.search(name))
    return bool(_RU_GENITIVE_START.match(name))


def _shared_heads(text: str, parties: list[NamedParty], kazakh: bool) -> list[NamedParty]:
    """"Pravitelstva A, B i V" -> "Pravitelstvo A", "Pravitelstvo B", "Pravitelstvo V"; "A, B zhäne V Ükimetteri"
    likewise. A plural head naming no state is a description of many, not a party's name."""
    if not parties:
        return parties
    if kazakh:
        head = _KK_PLURAL_HEAD.search(parties[-1].label)
        if head and len(parties) > 1 and all(_KK_GENITIVE_END.search(p.label) for p in parties[:-1]):
            singular = kazakh_singular(head.group("head"))
            last = parties[-1].label[:head.start()]
            labels = [p.label for p in parties[:-1]] + [last]
            return _distributed(text, parties, [f"{label} {singular}" for label in labels])
    elif (plural := _RU_PLURAL_HEAD.match(parties[0].label)) and len(parties) > 1 \
            and all(head_kind(p.label, "ru") in (None, "state") for p in parties[1:]):
        shared = plural.group().strip()
        singular = russian_nominative(shared, "nominative", singular=True)
        first = parties[0].label[len(shared):].strip()
        labels = [first] + [p.label for p in parties[1:]]
        return _distributed(text, parties, [f"{singular} {label}" for label in labels])
    out = []
    for party in parties:
        described = bool(_PLURAL_DESCRIPTION.search(party.label)) and not state_mentions(party.label)
        out.append(NamedParty(party.label, party.start, party.end, party.as_written, party.role, described))
    return out


def _distributed(text: str, parties: list[NamedParty], labels: list[str]) -> list[NamedParty]:
    """Each name with the shared head, read from the whole phrase (its span and words are the phrase's)."""
    start, end = parties[0].start, parties[-1].end
    return [NamedParty(label, start, end, text[start:end], party.role)
            for label, party in zip(labels, parties, strict=True)]


def collective_nominative(name: str) -> str:
    """The collective name in the nominative: "Storonami" -> "Storony", "Dogovarivayushchimisya Storonami" ->
    "Dogovarivayushchiesya Storony"; Kazakh names are given in the nominative."""
    if has_kazakh_letters(name):
        return name
    return russian_nominative(name, "instrumental")


# --- the title and the signatures ---------------------------------------------------------------------------------

_RU_BETWEEN = ru.BETWEEN
_RU_SUBJECT = ru.SUBJECT
_KK_BETWEEN = kk.BETWEEN
# A treaty word: a title naming another treaty ("… Soglashenie mezhdu …" inside a protocol's title) names that
# treaty's parties, not its own.
_TREATY_WORD = re.compile(rf"(?<![\w])(?:{ru.TREATY_WORDS}|{kk.TREATY_WORDS})\w*", re.I)
_RU_ITEM_BREAK = ru.ITEM_BREAK
_KK_ITEM_BREAK = kk.ITEM_BREAK
_RU_PLURAL_INSTRUMENTAL = ru.PLURAL_INSTRUMENTAL
_KK_PLURAL_GENITIVE = kk.PLURAL_GENITIVE


def read_title_parties(title: str, language: str) -> list[NamedParty]:
    """The parties a treaty's title names ("mezhdu Pravitelstvom A i Pravitelstvom B", "A men B arasyndağy"), in
    the nominative; none when the title names no parties of its own."""
    if language == "ru":
        return _russian_title_parties(title)
    return _kazakh_title_parties(title)


def _russian_title_parties(title: str) -> list[NamedParty]:
    between = _RU_BETWEEN.search(title)
    if between is None or len(_TREATY_WORD.findall(title[:between.start()])) > 1:
        return []
    subject = _RU_SUBJECT.search(title, between.end())
    end = subject.start() if subject else len(title)
    items = _spans(title, between.end(), end, _RU_ITEM_BREAK)
    if not items:
        return []
    first = title[items[0][0]:items[0][1]]
    plural = _RU_PLURAL_INSTRUMENTAL.match(first)
    if plural and len(items) > 1:
        head = russian_nominative(plural.group().strip(), "instrumental", singular=True)
        rests = [first[plural.end():]] + [title[a:b] for a, b in items[1:]]
        start, stop = items[0][0], items[-1][1]
        return [NamedParty(f"{head} {' '.join(rest.split())}", start, stop, title[start:stop]) for rest in rests]
    return [NamedParty(" ".join(russian_nominative(title[a:b], "instrumental").split()), a, b, title[a:b])
            for a, b in items]


# The words of a Kazakh title in capitals that stay in lower case when it is read as written in lower case.
_KK_LOWER_WORDS = kk.LOWER_WORDS
_CAPITALS_WORD = re.compile(rf"[{CYR_UPPER}]+")


def _recased(title: str) -> str:
    """A title written in capitals ("QAZAQSTAN RESPUBLIKASYNYÑ ÜKIMETI MEN ISLAM DAMU BANKINIÑ ARASYNDAĞY …") as
    names are written, each word capitalised and the joining words in lower case; one letter for one, so offsets
    hold. A title with lower-case letters is as it is."""
    if any(c.islower() for c in title):
        return title
    return _CAPITALS_WORD.sub(lambda m: m.group().lower() if m.group().lower() in _KK_LOWER_WORDS
                              else m.group().capitalize(), title)


def _kazakh_title_parties(written: str) -> list[NamedParty]:
    title = _recased(written)
    between = _KK_BETWEEN.search(title)
    if between is None or _TREATY_WORD.search(title, between.end()) is None:
        return []
    if len(_TREATY_WORD.findall(title[between.end():])) > 1:
        return []
    items = _spans(title, 0, between.start(), _KK_ITEM_BREAK)
    kept: list[tuple[int, int]] = []
    for start, end in reversed(items):
        mentions = state_mentions(title[start:end])
        opening = start + mentions[-1].start if mentions else start
        if opening > start:
            prefix = title[start:opening]
            if any(c.isdigit() for c in prefix) or _TREATY_WORD.search(prefix):
                return []
            kept.insert(0, (opening, end))
            break
        kept.insert(0, (start, end))
    if not kept:
        return []
    labels = [" ".join(title[a:b].split()) for a, b in kept]
    last_words = labels[-1].split()
    labels[-1] = " ".join(last_words[:-1] + [kazakh_nominative(last_words[-1])])
    plural = _KK_PLURAL_GENITIVE.search(" " + labels[-1])
    if plural and len(labels) > 1 and all(head_kind(label, "kk") in (None, "state") for label in labels[:-1]):
        singular = kazakh_singular(plural.group("head"))
        labels = [*labels[:-1], labels[-1][:plural.start()].strip()]
        start, stop = kept[0][0], kept[-1][1]
        return [NamedParty(f"{label} {singular}", start, stop, written[start:stop]) for label in labels]
    return [NamedParty(label, a, b, written[a:b]) for label, (a, b) in zip(labels, kept, strict=True)]


def _spans(text: str, start: int, end: int, breaks: re.Pattern) -> list[tuple[int, int]]:
    """The items of a list between ``start`` and ``end``, as spans without their surrounding spaces."""
    out, at = [], start
    for match in breaks.finditer(text, start, end):
        out.append((at, match.start()))
        at = match.end()
    out.append((at, end))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t\n,":
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


_RU_SIGNED_FOR = ru.SIGNED_FOR


def signature_party(text: str, language: str) -> str:
    """The party a signature is made for, in the nominative."""
    if language == "ru":
        return russian_nominative(_RU_SIGNED_FOR.sub("", text).strip(), "accusative")
    return text.strip()


def plausible_party(name: str) -> bool:
    """A name that can be one party's: a head noun or a state's own name, one state at most, no sentence."""
    words = name.split()
    return (0 < len(words) <= 14 and len(state_mentions(name)) <= 1
            and (head_kind(name) is not None or is_state_name(name)))


def opens_with_party(text: str) -> bool:
    """Whether a line opens with a party's name: a head noun ("Pravitelstvo", "Ministerstvo") or a state's name
    ("Qazaqstan Respublikasynyñ Ükimeti …")."""
    first = text.lstrip(" («\"“„")
    mentions = state_mentions(first[:40])
    return bool(_ANY_HEAD.match(first)) or bool(mentions and mentions[0].start == 0)
