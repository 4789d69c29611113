"""Write N treaty acts in the real source layouts by varying the real acts, with the facts each must give.

    python benchmarks/make_corpus.py N OUT [--with-gold]
    treatykg build OUT --out BUILD && python benchmarks/check_corpus.py BUILD OUT/expected.json

Act n is a variant of real act ``n % T`` (its template): the T templates are the six bundled acts, and with
``--with-gold`` also every act of the gold set (gold/INDEX.json: its development and pool acts) that the generator
can vary (it parses cleanly, its versions hold the same articles, it approves or ratifies one treaty of its own,
which no other template has, and its first two variants build to their expected facts; the others are named on
stderr with the reason). Known limit of ``--with-gold``: later variants of some gold templates still differ from
their expected facts (check_corpus.py lists them), and two templates name the Prime Minister's post differently,
a SHACL violation on the merged graph (build with --allow-invalid). What varies, and what the builder must then
report:

* the **treaty**: the partner state (Belarus and Croatia give way to another "Republic of X" whose name does
  not decline: Armenia, Moldova, Georgia, Poland, ...; the sides' adjectives follow), every year in the text
  shifted by the same amount (so the signing year in the treaty IRI moves; not for a treaty without a signing
  year, whose IRI says "nd"), the order of articles within each body (the treaty's, each protocol's, each
  section's): the article blocks move and are renumbered 1..n in text order, so article j has the heading and
  text of the template's article order[j], with its own number (cross-references inside the texts keep their
  numbers: the builder does not resolve them), and article numbers in Roman numerals. These change the treaty's
  text, so they are a function of the treaty alone: acts that approve one treaty (same parties, year and
  subject, hence one treaty IRI) get one treaty text, and their graphs merge as the builder intends.
* the **act**: its number and date (in the text for adilet, in meta.yaml for the government decrees; the
  kz-laws layout states neither), and repairs the normaliser is documented to make, where it is documented to
  make them: hard wraps and page breaks inside paragraphs, a parenthesis broken across lines, letter-spaced
  lines (adilet), words run together, no-break and zero-width spaces, Markdown bold headings and escapes
  (Markdown layouts), Latin look-alike letters, Cyrillic look-alikes in Roman numerals; and the bytes: CRLF,
  a UTF-8 byte-order mark, UTF-16, cp1251 (Russian). None of these changes the normalised text.

OUT/expected.json holds, for every act, its act IRI and type, date and number, the treaty IRI it approves or
ratifies and how, its language versions, its template and variation; for every template, the typed nodes of
each named graph (articles, paragraphs, parties, defined terms, each clause kind, norms by modality,
citations, passages, ...), which no variation changes; for every treaty, its parties with their states and,
for each article, its number, heading and a digest of its text in each language. All of it comes from
treatykg's own parse, extract and graph of the six templates, run once, and the known variation.
Same N, same bytes: every choice is seeded by the act's index.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "builders"))
sys.path.insert(0, str(HERE))

import pyoxigraph as ox  # noqa: E402
from rdflib import BNode, Literal, URIRef  # noqa: E402

from check_corpus import check, observe, text_digest  # noqa: E402
from treatykg.facts.extraction import extract_act  # noqa: E402
from treatykg.files import corpus_dir, write_atomic  # noqa: E402
from treatykg.lang.structure import (  # noqa: E402
    ANNEX_HEADING,
    ARTICLE_HEADING,
    CLOSING_FORMULA,
    CYR_LOWER,
    CYR_UPPER,
    DRAFT_MARKER,
    EDITORIAL_NOTE,
    ITEM_MARKER,
    POINT_NUMBER,
    PROTOCOL_HEADING,
    SECTION_HEADING,
    SIGNATURE_FOR,
    SPECIALISTS,
)
from treatykg.rdf.graph import build_act_graphs  # noqa: E402
from treatykg.rdf.iris import Minter  # noqa: E402
from treatykg.rdf.vocab import DEFAULT_BASE  # noqa: E402
from treatykg.text.document import Article  # noqa: E402
from treatykg.text.parsed import parse_path  # noqa: E402


@dataclass(frozen=True)
class Partner:
    """A partner state whose name stays the same in "X Республикасы" and "Республика X" in every case."""

    code: str
    name: str        # Kazakh and Russian alike
    kk_adj: str      # "Қазақстан-хорват комиссиясы"
    ru_adj: str      # stem of "хорватской стороны", "казахстанско-хорватскую"


PARTNERS = (Partner("BLR", "Беларусь", "беларусь", "белорусск"), Partner("HRV", "Хорватия", "хорват", "хорватск"),
            Partner("ARM", "Армения", "армян", "армянск"), Partner("MDA", "Молдова", "молдаван", "молдавск"),
            Partner("GEO", "Грузия", "грузин", "грузинск"), Partner("POL", "Польша", "поляк", "польск"),
            Partner("LVA", "Латвия", "латыш", "латвийск"), Partner("LTU", "Литва", "литва", "литовск"),
            Partner("EST", "Эстония", "эстон", "эстонск"))
BY_CODE = {p.code: p for p in PARTNERS}
MONTHS_KK = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
             "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
FILE_NAMES = {"kazakhstan-law-government": {"kk": "kaz.md", "ru": "rus.md"}}
YEAR = re.compile(r"(?<![\w])(?:19[5-9]\d|20[0-4]\d)(?!\d)")
YEARS = range(1950, 2026)  # every shifted year stays here (and so within YEAR's reach)
EARLIEST = 1992  # and a treaty of Kazakhstan is signed after independence
REPAIRS = ("roman-numeral", "hard-wrap", "page-break", "broken-parenthesis", "letter-spacing", "run-together",
           "space-character", "markdown-bold", "markdown-escape", "latin-lookalike")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1251")


# --- templates ---------------------------------------------------------------------------------------------------

@dataclass
class Group:
    """Articles that may change places: one body (treaty or protocol) or one section, as raw blocks."""

    start: int
    end: int
    blocks: list[str]      # anchor, heading and text of each article, in template order
    seps: list[str]        # the blank lines after each block: they stay where they are
    nums: list[int]
    prefix: str            # eId prefix of the articles ("", "prot_1__", "sec_2__")
    lines: tuple[int, int]  # first and last raw line of the group: the same in every variant


@dataclass
class Source:
    """One language version of a template."""

    language: str
    path: Path
    raw: str
    groups: list[Group]
    articles: dict[str, dict]  # eId -> num, heading, text, lang (the treaty's language, as the graph tags it)
    markup: bool


@dataclass
class Template:
    index: int
    act_id: str
    layout: str
    sources: list[Source]
    meta: str | None
    act_type: str | None
    act_date: str | None
    act_iri: str
    treaty_iri: str
    partners: list[Partner | None]
    deltas: list[int]
    observed: dict = field(default_factory=dict)

    @property
    def keys(self) -> int:
        return len(self.partners) * len(self.deltas)


_ANCHOR_LINE = re.compile(r"[ \t]*<a\s+(?:id|name)=\"[^\"]*\"\s*>\s*</a>[ \t]*$")


def _line_start(raw: str, offset: int) -> int:
    return raw.rfind("\n", 0, offset) + 1


def _block_start(raw: str, heading_at: int) -> int:
    """Where an article's block starts: its heading line, or the anchor line just above it."""
    start = _line_start(raw, heading_at)
    probe = start
    while probe > 0:
        previous = _line_start(raw, probe - 1)
        line = raw[previous:probe - 1]
        if _ANCHOR_LINE.match(line):
            return previous
        if line.strip():
            break
        probe = previous
    return start


def _groups(version) -> list[Group]:
    treaty, norm, raw = version.document.treaty, version.normalised, version.version.text.text
    bodies = [treaty.body] + [annex.body for annex in treaty.annexes if annex.body]
    out = []
    for body in bodies:
        for articles in [body.of_type(Article)] + [section.articles for section in body.sections]:
            if len(articles) < 2:
                continue
            starts = [_block_start(raw, norm.raw_span(a.start, a.end)[0]) for a in articles]
            last = articles[-1]
            text_end = last.end
            while text_end > last.start and norm.text[text_end - 1].isspace():
                text_end -= 1
            end = norm.raw_span(last.start, text_end)[1]
            pieces = [raw[a:b] for a, b in zip(starts, starts[1:] + [end], strict=True)]
            blocks = [p.rstrip() for p in pieces]
            out.append(Group(starts[0], end, blocks, [p[len(b):] for p, b in zip(pieces, blocks, strict=True)],
                             [a.num for a in articles], articles[0].eid.rsplit("art_", 1)[0],
                             (raw.count("\n", 0, starts[0]), raw.count("\n", 0, end))))
    return out


def _articles(version) -> dict[str, dict]:
    treaty = version.document.treaty
    language = treaty.language or version.language
    return {a.eid: {"num": a.num, "heading": " ".join(a.heading.split()) if a.heading else None,
                    "text": " ".join(a.text.split()), "lang": language}
            for a in treaty.walk() if isinstance(a, Article)}


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), datatype=datatype)
    raise TypeError(f"not an RDF term: {term!r}")


def _iri_pieces(treaty_iri: str) -> tuple[list[str], str, int | None, str]:
    """(states, level, year, subject) of ``…/akn/int/treaty/{states}/{level}/{year}/{subject}``."""
    states, level, year, subject = treaty_iri.split("/akn/int/treaty/", 1)[1].split("/")
    return [s.upper() for s in states.split("-")], level, (None if year == "nd" else int(year)), subject


def template_acts() -> list:
    """Every real act the project has, parsed: the bundled corpus, then the gold set's other acts (gold/INDEX.json:
    its development and pool acts, each in its own layout under gold/), in the index's order."""
    acts = parse_path(corpus_dir())
    gold = HERE.parent / "gold"
    seen: set[Path] = set()
    for entry in json.loads((gold / "INDEX.json").read_text(encoding="utf-8")):
        if entry["set"] == "bundled":
            continue
        folder = _act_folder(gold, entry)
        if folder is not None and folder not in seen:
            seen.add(folder)
            acts += parse_path(folder, _LAYOUTS[entry["act"].split("/", 1)[0]])
    return acts


_LAYOUTS = {"kazakhstan-law-government": "kazakhstan-law-government", "kz-laws": "kz-laws", "adilet": "adilet"}


def _act_folder(gold: Path, entry: dict) -> Path | None:
    """The folder the gold set keeps one act's texts in (a kz-laws act: its kaz/ and rus/ files' root)."""
    files = [gold / path for path in entry["files"].values() if path]
    if not files:
        return None
    if entry["act"].startswith("kz-laws/"):
        return files[0].parent.parent
    return files[0].parent


def unusable(parsed, treaty_iri: str | None, taken: set[str]) -> str | None:
    """Why a real act cannot be a template (None: it can): the generator varies the treaty of an act that parses
    cleanly, whose versions hold the same articles, and that approves or ratifies one treaty of its own."""
    if parsed.errors:
        return f"does not parse: {parsed.errors[0]}"
    if not parsed.versions or not all(v.document.treaty for v in parsed.versions):
        return "a version has no treaty text"
    if treaty_iri is None:
        return "no treaty IRI"
    if treaty_iri in taken:
        return "its treaty is another template's"
    return None


def load_templates(base: str = DEFAULT_BASE, acts: list | None = None) -> list[Template]:
    """Real acts (``acts``, parsed; by default template_acts()) parsed, extracted and graphed once, with the raw
    blocks their articles occupy. An act the generator cannot vary is left out, with its reason on stderr; by
    default, so is a gold act whose variants do not build to their expected facts (``verified``)."""
    minter = Minter(base)
    store = ox.Store()
    templates: list[Template] = []
    taken: set[str] = set()
    for parsed in acts if acts is not None else template_acts():
        reason = None
        try:
            facts = extract_act(parsed)
            graphs = build_act_graphs(parsed, facts, minter)
        except Exception as error:  # noqa: BLE001 - a real act the builder refuses is no template
            reason = f"not built: {error}"
        if reason is None:
            reason = unusable(parsed, str(graphs.treaty) if graphs.treaty else None, taken)
        if reason is not None:
            print(f"make_corpus.py: {parsed.source.location}: not a template: {reason}", file=sys.stderr)
            continue
        stated = next((f.act for _, f in facts.versions.values() if f.act), None)
        meta = parsed.source.metadata
        sources = [Source(v.language, v.path, v.version.text.text, _groups(v), _articles(v),
                          parsed.source.layout != "adilet") for v in parsed.versions]
        act_type = (stated.act_type if stated else None) or (facts.metadata.act_type if facts.metadata else None)
        act_date = (stated.date if stated else None) or (facts.metadata.date if facts.metadata else None)
        if len({tuple((g.prefix, len(g.blocks)) for g in s.groups) for s in sources}) != 1:
            reason = "kk and ru differ in their articles"  # one order of articles serves both languages
        elif act_date is None and parsed.source.layout != "kz-laws":
            reason = "no date of the act (its layout states one in every variant)"
        if reason is not None:
            print(f"make_corpus.py: {parsed.source.location}: not a template: {reason}", file=sys.stderr)
            continue
        states, _, year, _ = _iri_pieces(str(graphs.treaty))
        foreign = [s for s in states if s != "KAZ"]
        partner = BY_CODE.get(foreign[0]) if len(foreign) == 1 else None
        partners = [partner] + [p for p in PARTNERS if p is not partner] if partner else [None]
        years = [int(y) for s in sources for y in YEAR.findall(s.raw)]
        deltas = [0]
        if year is not None and years:  # without a signing year the IRI says "nd": a shift would not tell them apart
            low, high = max(EARLIEST - year, YEARS[0] - min(years)), YEARS[-1] - max(years)
            deltas = sorted(range(low, high + 1), key=lambda d: (abs(d), -d)) or [0]
        template = Template(len(templates), parsed.source.act_id, parsed.source.layout, sources,
                            meta.source.read_text(encoding="utf-8") if meta.source else None,
                            act_type, act_date, str(graphs.act), str(graphs.treaty), partners, deltas)
        reason = _cannot_vary(template)
        if reason is not None:
            print(f"make_corpus.py: {parsed.source.location}: not a template: {reason}", file=sys.stderr)
            continue
        templates.append(template)
        taken.add(str(graphs.treaty))
        # the default graph: the union, as a build's store has it
        store.bulk_extend(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph)
                          for g, triples in graphs.graphs.items() for s, p, o in triples
                          for graph in (ox.NamedNode(str(g)), ox.DefaultGraph()))
    seen = observe(store)
    usable = []
    for template in templates:
        prefix = template.act_iri + "/"
        template.observed = {
            "act": seen["acts"][template.act_iri],
            "graphs": {g.removeprefix(prefix).removesuffix("/graph"): counts
                       for g, counts in seen["graphs"].items() if g.startswith(prefix)},
            "parties": seen["treaties"][template.treaty_iri]["parties"],
        }
        if len(template.observed["act"]["relations"]) != 1:  # the expected facts name one relation to one treaty
            print(f"make_corpus.py: {template.act_id}: not a template: "
                  f"{len(template.observed['act']['relations'])} relations to treaties", file=sys.stderr)
            continue
        template.index = len(usable)
        usable.append(template)
    if acts is not None:  # the caller's own acts, as they are (tests/integration/test_make_corpus.py: the bundled six)
        return usable
    return verified(usable, base, bundled=len(parse_path(corpus_dir())))


def verified(templates: list[Template], base: str, bundled: int) -> list[Template]:
    """The templates whose first two variants build to the facts the generator expects of them: a real act whose
    variation the builder reads differently (a treaty named after its act, articles numbered twice over) is left
    out, with the first mismatch on stderr. The first ``bundled`` templates always stay: their mismatches are
    for check_corpus.py (and tests/integration/test_make_corpus.py) to report."""
    import tempfile

    from treatykg.build.corpus_build import build
    from treatykg.store.embedded import open_store

    with tempfile.TemporaryDirectory(prefix="make-corpus-templates-") as tmp:
        corpus = Path(tmp) / "corpus"
        expected = _generate(2 * len(templates), corpus, base, templates)
        result = build([corpus], Path(tmp) / "out", base, formats=("nq",), allow_invalid=True, progress=False,
                       jobs=1)
        template_of = {a["act"]: a["template"] for a in expected["acts"]}
        first: dict[str, str] = {}
        problems = [str(e) for e in result.errors] + check(open_store(result.out), expected)
        for problem in problems:
            for act in re.findall(r"g\d{6}", problem):
                first.setdefault(template_of[act], problem)
    kept = []
    for template in templates:
        if template.index >= bundled and template.act_id in first:
            print(f"make_corpus.py: {template.act_id}: not a template: {first[template.act_id]}", file=sys.stderr)
            continue
        template.index = len(kept)
        kept.append(template)
    return kept


def _cannot_vary(template: Template) -> str | None:
    """Why the variations of a template cannot be made (None: they can), tried on its first keys."""
    for index in range(min(template.keys, 4)):
        key = key_of(template, index)
        try:
            for source in template.sources:
                text = treaty_text(template, source.language, key)
                repair(text, source, list(REPAIRS), random.Random(0))
        except Exception as error:  # noqa: BLE001 - the variation of a real act the generator cannot vary
            return f"variant {index}: {error}"
    return None


# --- the treaty's variation (a function of the treaty alone) ------------------------------------------------------

@dataclass(frozen=True)
class Key:
    """What makes one treaty of a template: everything here changes its text or its IRI."""

    template: int
    index: int
    partner: Partner | None
    delta: int
    order: tuple[tuple[int, ...], ...]  # per group: perm[j] = template position of the article now at j
    roman: bool


def key_of(template: Template, index: int) -> Key:
    partner = template.partners[index % len(template.partners)]
    delta = template.deltas[(index // len(template.partners)) % len(template.deltas)]
    orders = []
    for g, group in enumerate(template.sources[0].groups):
        order = list(range(len(group.blocks)))
        if index % 2 == 1:
            random.Random(f"order:{template.act_id}:{index}:{g}").shuffle(order)
            if order == sorted(order):
                order = order[1:] + order[:1]
        orders.append(tuple(order))
    return Key(template.index, index, partner, delta, tuple(orders), index % 3 == 1)


ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
         (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out, number = out + letters, number - value
        if not number:
            break
    return out


def numeral(number: int, key: Key) -> str:
    return roman(number) if key.roman else str(number)


# Latin letters that may stand for Cyrillic ones in the raw text (the normaliser turns them back).
_LOOKS_LIKE = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "Ү": "Y", "А": "A",
               "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}


@cache
def _name_pattern(name: str) -> re.Pattern:
    letters = "".join(f"[{c}{_LOOKS_LIKE[c]}]" if c in _LOOKS_LIKE else re.escape(c) for c in name)
    return re.compile(rf"(?<![\w]){letters}")


def swap_partner(text: str, old: Partner | None, new: Partner | None) -> str:
    """The partner's name, its side's adjective ("белорусской стороны") and compounds ("Қазақстан-хорват")."""
    if old is None or new is None or old == new:
        return text
    text = _name_pattern(old.name).sub(new.name, text)
    text = re.sub(rf"(?i)(?<![\w]){old.ru_adj}(?=\w*\s+[Сс]торон)", lambda m: _case(new.ru_adj, m.group()), text)
    text = re.sub(rf"(?i)(?<=-){old.ru_adj}(?=\w)", lambda m: _case(new.ru_adj, m.group()), text)
    return re.sub(rf"(?i)(?<=-){old.kk_adj}(?![\w])", lambda m: _case(new.kk_adj, m.group()), text)


def _case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def shift_years(text: str, delta: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group()) + delta), text) if delta else text


def vary_text(text: str, template: Template, key: Key) -> str:
    """The variation of the treaty that does not move text: partner and years (raw and normalised text alike)."""
    return shift_years(swap_partner(text, template.partners[0], key.partner), key.delta)


def _renumber(block: str, old: int, new: int, key: Key) -> str:
    lines = block.split("\n")
    for i, line in enumerate(lines):
        if _ANCHOR_LINE.match(line):
            lines[i] = line.replace(f'"st{old}"', f'"st{new}"')
        elif line.strip():
            found = re.search(rf"(?<![\w]){old}(?!\d)", line)
            if not found:
                raise RuntimeError(f"article {old}: no number in its heading line {line!r}")
            lines[i] = line[:found.start()] + numeral(new, key) + line[found.end():]
            break
    return "\n".join(lines)


_TREATY_TEXTS: dict[tuple[int, str, Key], str] = {}


def treaty_text(template: Template, language: str, key: Key) -> str:
    """The raw text of one language version with the treaty's variation (not yet the act's); acts of one
    treaty share it."""
    cached = _TREATY_TEXTS.get((template.index, language, key))
    if cached is not None:
        return cached
    source = next(s for s in template.sources if s.language == language)
    raw = source.raw
    for group, order in sorted(zip(source.groups, key.order, strict=True), key=lambda pair: -pair[0].start):
        middle = "".join(_renumber(group.blocks[k], group.nums[k], j + 1, key) + group.seps[j]
                         for j, k in enumerate(order))
        raw = raw[:group.start] + middle + raw[group.end:]
    _TREATY_TEXTS[(template.index, language, key)] = raw = vary_text(raw, template, key)
    return raw


def treaty_iri(template: Template, key: Key, minter: Minter, act: str | None = None) -> str:
    """``act``: the generated act's name, which a treaty named after its act (no subject the builder could read
    from its title: ``act-{layout}-{act id}``) takes in place of its template's."""
    states, level, year, subject = _iri_pieces(template.treaty_iri)
    if act is not None and subject == f"act-{template.layout}-{template.act_id}":
        subject = f"act-{template.layout}-{act}"
    if key.partner:
        states = [key.partner.code if s == template.partners[0].code else s for s in states]
    return str(minter.treaty(states, level, year + key.delta if year else None, None, subject))


def expected_treaty(template: Template, key: Key) -> dict:
    """Parties and articles of the treaty as the graph must state them, from the template's model."""
    old = template.partners[0]
    parties = sorted([cls, key.partner.code if old and key.partner and state == old.code else state]
                     for cls, state in template.observed["parties"])
    articles: dict[str, dict] = {}
    for source in template.sources:
        for group, order in zip(source.groups, key.order, strict=True):
            for j, k in enumerate(order):
                eid, new = f"{group.prefix}art_{group.nums[k]}", j + 1
                article = source.articles[eid]
                text = vary_text(article["text"], template, key)
                head = ARTICLE_HEADING.match(text)
                number = next(n for n in ("kk", "ru", "kk2") if head.group(n))
                text = text[:head.start(number)] + numeral(new, key) + text[head.end(number):]
                entry = articles.setdefault(f"{group.prefix}art_{new}", {"num": new, "heading": {}, "text": {}})
                heading = article["heading"] and vary_text(article["heading"], template, key)
                entry["heading"][article["lang"]] = heading
                entry["text"][article["lang"]] = text_digest(text)
    return {"template": template.act_id, "key": key.index, "parties": parties, "articles": articles}


# --- the act's variation: repairs that the normaliser undoes -------------------------------------------------------

_MARKUP = re.compile(r"[#<>*`|\\\u00a0\u200b\t_]")
_PARTY_MARK = re.compile(rf"(?:^|\s)(?:үшін|үшiн)(?=\s|$)|(?:^|\s)За\s+[{CYR_UPPER}]")
_SPACED = re.compile(r"(?:^|\s)\S \S \S(?:\s|$)")
_WRAP = re.compile(rf"(?<=[^\W\d_]) (?=[{CYR_LOWER}])")
_PAREN = re.compile(rf"(?<= )\((?=[{CYR_LOWER}])")
_ITEM = re.compile(rf"[{CYR_LOWER}a-z]\)")
_RUN_TOGETHER = re.compile(rf"(?<=[{CYR_LOWER}]{{4}}) (?=[{CYR_UPPER}][{CYR_LOWER}])")
_MD_HEADING = re.compile(r"^(#{1,6} )(\S.*?)\s*$")
_KK_ROMAN = re.compile(r"^((?:#{1,6} )?)([IVXLC]+)(?=\s*-?\s*бап)")
_RU_ROMAN = re.compile(r"^((?:#{1,6} )?Статья )([IVXLC]+)(?![\w])")


def _headingish(text: str) -> bool:
    return bool(ARTICLE_HEADING.match(text) or SECTION_HEADING.match(text) or ANNEX_HEADING.match(text)
                or PROTOCOL_HEADING.search(text) or DRAFT_MARKER.match(text) or SPECIALISTS.match(text)
                or SIGNATURE_FOR.search(text) or CLOSING_FORMULA.search(text) or EDITORIAL_NOTE.search(text))


def _plain(line: str) -> bool:
    """A line of running text: no markup, columns, letter-spacing, signature words, or heading of any kind."""
    stripped = line.strip()
    return bool(stripped) and not (_MARKUP.search(line) or "   " in stripped or _SPACED.search(line)
                                   or _PARTY_MARK.search(line) or _headingish(stripped))


# An edit of one line: (start, end, replacement). Candidates are cached by line: most lines recur in many acts.
Edit = tuple[int, int, str]


def _breaks(line: str, pattern: re.Pattern, keep: int, gap: str) -> tuple[Edit, ...]:
    """Breaks of a plain line that the normaliser joins back: the next line goes on in lower case and is no list
    item; a heading or signature would have to be the line's own prefix or suffix, and ``_plain`` ruled those out
    (save a line ending in "Хаттама" before the break)."""
    out = []
    for m in pattern.finditer(line):
        left, right = line[:m.start() + keep], line[m.end():]
        if len(left.strip()) >= 15 and len(right) >= 15 and not _ITEM.match(right) \
                and not left.endswith(("Хаттама", "ХАТТАМА")):
            out.append((m.start() + keep, m.end(), gap))
    return tuple(out)


@cache
def _candidates(line: str, kind: str, markup: bool, alone: bool, continuation: bool) -> tuple[Edit, ...]:
    """Edits of one line by one repair of ``kind`` that the normaliser is documented to undo there.
    ``alone``: blank lines on both sides; ``continuation``: the line above is not blank."""
    if kind in ("hard-wrap", "page-break", "broken-parenthesis"):
        if not _plain(line) or (markup and not alone):
            return ()  # in Markdown, only a paragraph that stands alone between blank lines
        if kind == "broken-parenthesis":
            return _breaks(line, _PAREN, 1, "\n")
        return _breaks(line, _WRAP, 0, "\n" if kind == "hard-wrap" else "\n\n")
    if kind == "letter-spacing":  # adilet: a continuation line spaced out as a justified PDF line
        stripped = line.strip()
        if markup or line[:1] == " " or not continuation or not _plain(line) or not 10 <= len(stripped) <= 70 \
                or "  " in stripped or POINT_NUMBER.match(stripped) or ITEM_MARKER.match(stripped):
            return ()
        return ((0, len(line), "  ".join(" ".join(word) for word in stripped.split(" "))),)
    if kind == "run-together":
        return tuple((m.start(), m.end(), "") for m in _RUN_TOGETHER.finditer(line)) if _plain(line) else ()
    if kind == "space-character":
        if not _plain(line):
            return ()
        gaps = [(m.start(), m.end(), "\u00a0") for m in re.finditer(r"(?<=\S) (?=\S)", line)]
        inside = [(m.start(), m.start(), "\u200b") for m in re.finditer(rf"(?<=[{CYR_LOWER}])[{CYR_LOWER}]", line)]
        return tuple(gaps[:20] + inside[:20])
    if kind == "markdown-bold":
        m = _MD_HEADING.match(line) if markup else None
        return ((m.start(2), m.end(2), f"**{m.group(2)}**"),) if m and ARTICLE_HEADING.match(m.group(2)) else ()
    if kind == "markdown-escape":
        m = POINT_NUMBER.match(line) if markup else None
        return ((m.end("num"), m.end("num"), "\\"),) if m and line[m.end("num")] == "." else ()
    if kind == "roman-numeral":  # older texts write Roman numerals with Cyrillic І and Х
        m = _KK_ROMAN.match(line) or _RU_ROMAN.match(line)
        if not m or not re.search("[IX]", m.group(2)):
            return ()
        return ((m.start(2), m.end(2), m.group(2).replace("I", "І").replace("X", "Х")),)
    raise ValueError(f"unknown repair {kind!r}")


def repair(text: str, source: Source, kinds: list[str], rng: random.Random) -> tuple[str, dict]:
    """Put repairs for the normaliser into the articles of one file; a changed line gets one repair."""
    lines = text.split("\n")
    region = [i for group in source.groups
              for i in range(max(group.lines[0], 1), min(group.lines[1] + 1, len(lines) - 1))]
    done: dict[str, int] = {}
    used: set[int] = set()
    for kind in kinds:
        if kind == "latin-lookalike":
            continue
        places = [(i, edit) for i in region if i not in used
                  for edit in _candidates(lines[i], kind, source.markup,
                                          not lines[i - 1].strip() and not lines[i + 1].strip(),
                                          bool(lines[i - 1].strip()))]
        wanted = len(places) if kind == "roman-numeral" else rng.randint(1, 3)
        for i, (a, b, replacement) in rng.sample(places, min(len(places), wanted)):
            if i not in used:
                lines[i] = lines[i][:a] + replacement + lines[i][b:]
                used.add(i)
                done[kind] = done.get(kind, 0) + 1
    text = "\n".join(lines)
    if "latin-lookalike" in kinds:  # the corpus's own: Latin i for Kazakh і, Latin o for Russian о
        pattern = r"(?<=[а-яә])і(?=[а-яә])" if source.language == "kk" else r"(?<=[а-я])о(?=[а-я])"
        text, count = re.subn(pattern, "i" if source.language == "kk" else "o", text, count=rng.randint(5, 40))
        if count:
            done["latin-lookalike"] = count
    return text, done


def encode(text: str, n: int, j: int) -> tuple[bytes, str, str]:
    """The bytes of a file: CRLF for every fifth act; UTF-8, UTF-8 with BOM, UTF-16 or cp1251 in turn."""
    newline = "CRLF" if n % 5 == 1 else "LF"
    if newline == "CRLF":
        text = text.replace("\n", "\r\n")
    encoding = ENCODINGS[(n + j) % len(ENCODINGS)]
    if encoding == "cp1251":
        try:
            return text.encode("cp1251"), encoding, newline
        except UnicodeEncodeError:  # Kazakh letters have no cp1251 code: such files stay UTF-8
            encoding = "utf-8"
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le"), encoding, newline
    return text.encode(encoding), encoding, newline


# --- acts --------------------------------------------------------------------------------------------------------

def _act_header_kk(text: str, year: int, month: int, day: int, number: str) -> str:
    """adilet: the act's own requisites in its header line ("… 2011 жылғы 26 шілдедегі № 860 Қаулысы")."""
    new, count = re.subn(r"\d{4} жылғы \d{1,2} \w+ № \d+(?= Қаулысы)",
                         f"{year} жылғы {day} {MONTHS_KK[month - 1]} № {number}", text, count=1)
    if not count:
        raise RuntimeError("adilet template: no act header with a date and number")
    return new


def _meta(template: Template, key: Key, name: str, year: int, month: int, day: int, number: str) -> str:
    meta = swap_partner(template.meta, template.partners[0], key.partner)
    stamp = f"{day:02d}.{month:02d}.{year}"
    meta = re.sub(r"(?m)^(requisite: .*? от ).*$", rf"\g<1>{day} {MONTHS_RU[month - 1]} {year} года № {number}", meta)
    meta = re.sub(r"(?m)^act_code: .*$", f"act_code: '{name}'", meta)
    meta = re.sub(r"(?m)^approved_on: .*$", f"approved_on: {year:04d}-{month:02d}-{day:02d}", meta)
    meta = re.sub(r"(?m)^(  (?:kaz|rus): )\d{4}-\d{2}-\d{2}$", rf"\g<1>{year:04d}-{month:02d}-{day:02d}", meta)
    return re.sub(r"doc/\w+/(kaz|rus)/[\d.]+", rf"doc/{name}/\1/{stamp}", meta)


def generate(count: int, out: Path, base: str = DEFAULT_BASE, templates: list[Template] | None = None) -> dict:
    """Write ``count`` acts under ``out`` (a new or empty folder) and return what expected.json holds (also
    written there). The corpus is written in a staging folder beside ``out``, flushed once and renamed: a reader
    sees all of it or none, and 20,000 files do not each wait for their own fsync (write_atomic's, ~5 ms each)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FileExistsError(f"{out} exists and is not an empty folder")
    templates = templates or load_templates(base, acts=parse_path(corpus_dir()))
    staging = out.parent / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)  # a leftover of a run that was killed; nothing else writes there
    try:
        expected = _generate(count, staging, base, templates)
        os.sync()  # one flush for the whole corpus before it is published
        if out.exists():
            out.rmdir()
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # best effort: the error that got us here is the one to report
        raise
    return expected


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _generate(count: int, out: Path, base: str, templates: list[Template]) -> dict:
    minter = Minter(base)
    acts, treaties, owner = [], {}, {}
    for n in range(count):
        template = templates[n % len(templates)]
        j = n // len(templates)
        key = key_of(template, j % template.keys)
        name = f"g{n:06d}"
        number, month, day = str(10000 + n), 1 + (n * 7) % 12, 1 + (n * 11) % 28
        # the act's own date and number, where its layout states them (kz-laws states neither)
        year = int(template.act_date[:4]) + key.delta if template.act_date else None
        date = f"{year:04d}-{month:02d}-{day:02d}" if year else None
        number = number if date else None
        # each act leaves out a quarter of the repair kinds, another quarter in the template's next act
        kinds = [k for i, k in enumerate(REPAIRS) if (j + i) % 4 != 3]
        files, repairs, encodings = [], {}, {}
        for source in template.sources:
            text = treaty_text(template, source.language, key)
            if template.layout == "adilet":
                text = _act_header_kk(text, year, month, day, number)
                target = Path("adilet") / f"{name}-{source.language}.txt"
            elif template.layout == "kazakhstan-law-government":
                target = Path(template.layout) / str(year) / name / FILE_NAMES[template.layout][source.language]
            else:
                target = Path("kz-laws") / source.path.parent.name / f"{name}.md"
            text, repairs[source.language] = repair(text, source, kinds, random.Random(f"repair:{n}:{source.language}"))
            data, encoding, newline = encode(text, n, j)
            encodings[source.language] = f"{encoding} {newline}"
            _write(out / target, data)
            files.append(target.as_posix())
        if template.layout == "kazakhstan-law-government":
            folder = Path(template.layout) / str(year) / name
            _write(out / folder / "meta.yaml", _meta(template, key, name, year, month, day, number))
            files.append((folder / "meta.yaml").as_posix())
        treaty = treaty_iri(template, key, minter, name)
        if owner.setdefault(treaty, (template.index, key.index)) != (template.index, key.index):
            raise RuntimeError(f"two different treaties would get one IRI: {treaty}")
        if treaty not in treaties:
            treaties[treaty] = expected_treaty(template, key)
        observed = template.observed["act"]
        (relation, _), = observed["relations"]
        act_type = template.act_type
        acts.append({
            "act": name, "template": template.act_id, "layout": template.layout, "files": files,
            "iri": str(minter.act(act_type, date, number, f"{template.layout}-{name}")),
            "types": sorted(observed["types"]), "date": date, "number": number,
            "treaty": treaty, "relation": relation, "languages": [s.language for s in template.sources],
            "partner": key.partner.code if key.partner else None,
            "variation": {"key": key.index, "year_shift": key.delta, "numerals": "roman" if key.roman else "arabic",
                          "article_order": {g.prefix.rstrip("_") or "body": [k + 1 for k in order]
                                            for g, order in zip(template.sources[0].groups, key.order, strict=True)
                                            if list(order) != sorted(order)},
                          "repairs": repairs, "encoding": encodings},
        })
    expected = {
        "generator": "benchmarks/make_corpus.py", "count": count, "base": base, "acts": acts,
        "templates": {t.act_id: {"graphs": t.observed["graphs"]} for t in templates},
        "treaties": treaties,
    }
    write_atomic(out / "expected.json", json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return expected


def main(argv: list[str]) -> int:
    gold = "--with-gold" in argv
    argv = [a for a in argv if a != "--with-gold"]
    if len(argv) != 2:
        print("usage: make_corpus.py N OUT [--with-gold]   (N acts varied from the bundled corpus, and with "
              "--with-gold from the gold set's acts too, written under the folder OUT)", file=sys.stderr)
        return 2
    count, out = argv[0], Path(argv[1])
    if not count.isdigit() or int(count) < 1:
        print(f"make_corpus.py: N must be a whole number of acts, 1 or more: got {count!r}", file=sys.stderr)
        return 2
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        print(f"make_corpus.py: {out} exists and is not an empty folder; acts left there would be built too, "
              "so give a new folder", file=sys.stderr)
        return 2
    try:
        templates = load_templates() if gold else load_templates(acts=parse_path(corpus_dir()))
        expected = generate(int(count), out, templates=templates)
    except OSError as error:
        print(f"make_corpus.py: cannot write {out}: {error}", file=sys.stderr)
        return 1
    print(f"{count} acts ({len(expected['treaties'])} treaties) written to {out}, expected facts in "
          f"{out / 'expected.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
