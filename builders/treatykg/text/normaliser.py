"""Idempotent clean-up of published text: repairs logged with their raw offsets, and an offset map.

The output has one paragraph per line, no blank lines, no indentation and no markup, so running the
normaliser on its own output changes nothing. Each pass proposes edits on the current text; the
passes run in a fixed order because some need what an earlier one leaves (column gaps need the
letter-spacing fixed first; joining wrapped lines needs the column split done).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from treatykg.lang.alphabet import (
    CYR_LOWER,
    CYRILLIC_LETTER,
    CYRILLIC_RUN,
    CYRILLIC_TO_ROMAN,
    LATIN_TO_CYRILLIC,
    LOOKALIKE_CANDIDATE,
    NUMERAL_CANDIDATE,
    NUMERAL_LOOKALIKE_CANDIDATE,
    ROMAN_NUMERAL_LETTERS,
)
from treatykg.lang.structure import (
    ANNEX_HEADING,
    ARTICLE_HEADING,
    DRAFT_MARKER,
    ITEM_MARKER,
    NUMERAL_AFTER,
    NUMERAL_BEFORE,
    PROTOCOL_HEADING,
    RUN_TOGETHER,
    SECTION_HEADING,
    SIGNATURE_FOR,
    SIGNATURE_FOR_KK,
    SIGNATURE_FOR_RU,
    SIGNED_MARK_END,
    SPECIALISTS,
    TERMINAL_PUNCT,
)
from treatykg.text.offsets import Edit, OffsetMap, Repair, apply_edits


@dataclass
class Normalised:
    """The repaired text, its map back to the raw text, the repair log, and layout hints from markup."""

    raw: str
    text: str
    offsets: OffsetMap
    repairs: list[Repair] = field(default_factory=list)
    heading_raw_lines: set[int] = field(default_factory=set)  # raw line numbers that were Markdown headings
    wrap_style: str = "one-per-line"
    _raw_line_starts: list[int] | None = field(default=None, repr=False, compare=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_raw(start, end)

    def raw_line(self, offset: int) -> int:
        """1-based line number in the raw file of a normalised offset."""
        if self._raw_line_starts is None:
            self._raw_line_starts = line_starts(self.raw)
        return bisect_right(self._raw_line_starts, self.offsets.to_raw(offset))

    def repair_counts(self) -> Counter:
        return Counter(r.kind for r in self.repairs)


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _lines(text: str):
    """(start, end) of each line without its newline."""
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    if start <= len(text):
        yield start, len(text)


# ---------------------------------------------------------------------------------------------------------------
# Passes. Each takes the current text and returns edits on it.

def line_endings(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), ("\n",), "line-ending") for m in re.finditer(r"\r\n?", text)]


_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\t]|[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_SOFT_HYPHEN = "\u00ad"


def odd_spaces(text: str) -> list[Edit]:
    """No-break spaces and tabs become spaces; zero-width characters go, and so do soft hyphens, the hyphenation
    points a typesetter leaves inside words ("Pre\u00adsi\u00addent" is "President")."""
    return [Edit(m.start(), m.end(), ("",), "soft-hyphen") if m.group() == _SOFT_HYPHEN else
            Edit(m.start(), m.end(), ("" if m.group() in _INVISIBLE else " ",), "space-character")
            for m in _ODD_SPACES.finditer(text)]


_MD_ANCHOR = re.compile(r"<a\s+(?:id|name)=\"[^\"]*\"\s*>\s*</a>")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")  # Markdown lets a heading stand indented by up to three spaces
_MD_QUOTE = re.compile(r"^(?:>[ \t]?)+")  # every level at once: a round per level made 3,000 levels cost minutes
_MD_FENCE = re.compile(r"^[ \t]*(```|~~~)[\w-]*[ \t]*$")
_MD_HTML = re.compile(r"</?(?:table|tbody|thead|tr|td|th|strong|b|em|i|p|div|span)(?:\s[^>]*)?>|<br\s*/?>", re.I)
_MD_BOLD = re.compile(r"\*\*")
_MD_STAR = re.compile(r"(?<=\S)\*|\*(?=\S)")
_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>])")


def markdown(text: str, headings: set[int] | None = None,
             line_offset: Callable[[int], int] | None = None) -> list[Edit]:
    """Strip Markdown and HTML decoration; remember which lines were headings."""
    edits: list[Edit] = []
    for number, (start, end) in enumerate(_lines(text), 1):
        line = text[start:end]
        if _MD_FENCE.match(line):
            edits.append(Edit(start, end, ("",), "markdown-fence"))
            continue
        taken: list[tuple[int, int, str]] = []
        heading = _MD_HEADING.match(line)
        if heading:
            taken.append((0, heading.end(), "markdown-heading"))
            if headings is not None:
                headings.add(line_offset(start) if line_offset else number)
        quote = _MD_QUOTE.match(line)
        if quote and not heading:
            taken.append((0, quote.end(), "markdown-quote"))
        # each pattern is only tried on a line holding the character that all its matches start with
        for pattern, kind, mark in ((_MD_ANCHOR, "markdown-anchor", "<"), (_MD_HTML, "markdown-html", "<"),
                                    (_MD_BOLD, "markdown-bold", "*"), (_MD_ESCAPE, "markdown-escape", "\\"),
                                    (_MD_STAR, "markdown-emphasis", "*")):
            if mark not in line:
                continue
            for m in pattern.finditer(line):
                if not any(a < m.end() and m.start() < b for a, b, _ in taken):
                    taken.append((m.start(), m.end(), kind))
        edits.extend(Edit(start + a, start + b, ("",), kind) for a, b, kind in taken)
    return edits


_LETTER_RUN = re.compile(r"(?<!\S)\S(?: {1,2}\S(?!\S))+")


def letter_spacing(text: str) -> list[Edit]:
    """``G o v e r n m e n t  o f`` -> ``Government of``, in either script.

    Single spaces separate letters and double spaces separate words. A run needs four or more
    single-character tokens, at least two of them letters, so that initials and list markers stay.
    """
    edits: list[Edit] = []
    for m in _LETTER_RUN.finditer(text):
        run = m.group()
        tokens = run.split()
        if len(tokens) < 4 or sum(t.isalpha() for t in tokens) < 3 or " " not in run.replace("  ", ""):
            continue
        pieces: list[str | tuple[int, int]] = []
        previous_end = None
        for token in re.finditer(r"\S", run):
            if previous_end is not None and token.start() - previous_end >= 2:
                pieces.append(" ")
            pieces.append((m.start() + token.start(), m.start() + token.end()))
            previous_end = token.end()
        edits.append(Edit(m.start(), m.end(), tuple(pieces), "letter-spacing"))
    return edits


_ROMAN_NUMERAL = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_LOOKALIKE_UPPER_LATIN = set("ABCEHKMOPTXY")


def letter_count(runs: re.Pattern, text: str) -> int:
    """How many letters of ``text`` a pattern ``[...]+`` takes: counted run by run, a list of one string
    per letter is not made."""
    return sum(map(len, runs.findall(text)))


def _numeral_slots(text: str) -> dict[int, int]:
    slots = {}
    for m in NUMERAL_CANDIDATE.finditer(text):
        word = m.group()
        if not CYRILLIC_LETTER.search(word) or not _ROMAN_NUMERAL.match(word.translate(CYRILLIC_TO_ROMAN)):
            continue
        if NUMERAL_BEFORE.search(text, max(0, m.start() - 12), m.start()) or NUMERAL_AFTER.match(text, m.end()):
            slots[m.start()] = m.end()
    return slots


def lookalikes(text: str) -> list[Edit]:
    """Latin look-alikes inside Cyrillic words become Cyrillic; Cyrillic look-alikes in Roman numerals become Latin."""
    edits: list[Edit] = []
    cyrillic_document = None  # counted when a word needs it: most texts have no all-Latin word
    slots = _numeral_slots(text)
    candidates = LOOKALIKE_CANDIDATE if _LATIN.search(text) else NUMERAL_LOOKALIKE_CANDIDATE
    for m in candidates.finditer(text):
        word = m.group()
        if slots.get(m.start()) == m.end():
            edits.append(Edit(m.start(), m.end(), (word.translate(CYRILLIC_TO_ROMAN),), "roman-numeral"))
            continue
        has_latin, has_cyrillic = bool(_LATIN.search(word)), bool(CYRILLIC_LETTER.search(word))
        fixed = None
        roman = word.translate(CYRILLIC_TO_ROMAN)
        if has_cyrillic and word.isupper() and set(word) <= ROMAN_NUMERAL_LETTERS and _ROMAN_NUMERAL.match(roman) and (
                has_latin or len(word) >= 2):
            fixed, kind = roman, "roman-numeral"
        elif has_latin and has_cyrillic:
            fixed, kind = word.translate(LATIN_TO_CYRILLIC), "latin-lookalike"
        elif has_latin and len(word) >= 2 and set(word) <= _LOOKALIKE_UPPER_LATIN and not _ROMAN_NUMERAL.match(word):
            if cyrillic_document is None:
                cyrillic_document = letter_count(CYRILLIC_RUN, text[:20000]) > letter_count(_LATIN_RUN, text[:20000])
            if cyrillic_document:
                fixed, kind = word.translate(LATIN_TO_CYRILLIC), "latin-lookalike"
        if fixed and fixed != word:
            edits.append(Edit(m.start(), m.end(), (fixed,), kind))
    return edits


def run_together(text: str) -> list[Edit]:
    """Insert the space lost between two words at a change of case."""
    return [Edit(m.start(), m.end(), (" ",), "run-together") for m in RUN_TOGETHER.finditer(text)]


_GAP = re.compile(r"\S(?:.*?\S)?(?= {3,}|$)")
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells of a line separated by three or more spaces, as absolute (start, end)."""
    return [(start + m.start(), start + m.end()) for m in _CELL.finditer(text[start:end])]


def _fold(word: str) -> str:
    return word.lower().translate(LATIN_TO_CYRILLIC).strip(",.;:")


def _split_repeated(words: list[str]) -> int | None:
    """Where a line of two squeezed columns splits: before the repeat of its first word, or after the
    first occurrence of its last word (``For the Government For the Government``;
    in Kazakh, where the genitive ``of the Republic`` follows each name, ``X Republic's Y Republic's``)."""
    folded = [_fold(w) for w in words]
    if len(words) < 2:
        return None
    for i in range(1, len(words)):
        if folded[i] == folded[0]:
            return i
    for i in range(len(words) - 1):
        if folded[i] == folded[-1]:
            return i + 1
    return None



_SPACES = re.compile(r" {2,}")


def _party_marks(line: str) -> int:
    return len(SIGNATURE_FOR_KK.findall(line)) + len(SIGNATURE_FOR_RU.findall(line))


def columns(text: str) -> list[Edit]:
    """Split a signature block printed in two columns into its columns, one line per column.

    Columns are separated by runs of three or more spaces; a line squeezed into one run is split at
    the repeat of its words. Each column becomes one line, indented like the block, so that the
    line-joining pass keeps the columns apart.
    """
    lines = [(s, e) for s, e in _lines(text)]
    fits = [_may_be_in_columns(text, s, e) for s, e in lines]  # once per line: a run's last test starts the next
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and fits[j]:
            j += 1
        if j > i:
            edit = _column_edit(text, lines[i:j])
            if edit:
                edits.append(edit)
        i = max(j, i + 1)
    return edits


def _may_be_in_columns(text: str, start: int, end: int) -> bool:
    """A short line that does not end a sentence, unless it has two cells or ends in the signed mark
    (lang/structure.SIGNED_MARK_END)."""
    content = _SPACES.sub(" ", text[start:end].strip())
    if not content or len(content) > 160:
        return False
    return not (content[-1] in ".;,:" and not content.endswith(SIGNED_MARK_END) and len(_cells(text, start, end)) < 2)


def _column_edit(text: str, block: list[tuple[int, int]]) -> Edit | None:
    cells = [_cells(text, s, e) for s, e in block]
    widest = max(len(c) for c in cells)
    marks = sum(_party_marks(text[s:e]) for s, e in block)
    if widest >= 2:
        if any(any(len(text[a:b]) > 70 for a, b in c) for c in cells):
            return None
        ncols = widest if widest <= 3 else max(2, min(marks, widest) if marks and widest % marks == 0 else 2)
        layout = [c for c in cells if len(c) == ncols]
        starts = [sum(c[k][0] - s for c in layout for s, _ in [block[cells.index(c)]]) / len(layout)
                  for k in range(ncols)] if layout else [0] * ncols
        columns_: list[list[tuple[int, int]]] = [[] for _ in range(ncols)]
        for (s, _), row in zip(block, cells, strict=True):
            if len(row) == 1:
                col = min(range(ncols), key=lambda k: abs(row[0][0] - s - starts[k]))
                columns_[col].append(row[0])
            else:
                for k, cell in enumerate(row):
                    columns_[k % ncols].append(cell)
    else:
        if not any(_party_marks(text[s:e]) >= 2 for s, e in block):
            return None
        columns_ = [[], []]
        for s, e in block:
            words = list(re.finditer(r"\S+", text[s:e]))
            split = _split_repeated([w.group() for w in words])
            if split is None:
                return None
            columns_[0].append((s + words[0].start(), s + words[split - 1].end()))
            columns_[1].append((s + words[split].start(), s + words[-1].end()))
    start, end = block[0][0], block[-1][1]
    leading = _LEADING_SPACES.match(text, start, end)
    indent = (leading.group() if leading else "") or "      "
    pieces: list[str | tuple[int, int]] = []
    for k, column in enumerate(c for c in columns_ if c):
        if k:
            pieces.append("\n")
        pieces.append(indent)
        for n, cell in enumerate(column):
            if n:
                pieces.append(" ")
            pieces.append(cell)
    return Edit(start, end, tuple(pieces), "two-column-signature")


_LEADING_SPACES = re.compile(r" *")


def _is_heading(line: str) -> bool:
    return bool(ARTICLE_HEADING.match(line) or SECTION_HEADING.match(line) or ANNEX_HEADING.match(line)
                or DRAFT_MARKER.match(line) or (len(line) < 40 and PROTOCOL_HEADING.search(line)))


def _starts_block(line: str) -> bool:
    return _is_heading(line) or bool(ITEM_MARKER.match(line) or SPECIALISTS.match(line))


def detect_wrap_style(text: str) -> str:
    """``indented`` (a paragraph starts on an indented line), ``blank-line`` (blank lines separate
    paragraphs, as in Markdown), or ``one-per-line`` (already normalised)."""
    lines = text.split("\n")
    indented = sum(1 for line in lines if re.match(r" {2,}\S", line))
    blank = sum(1 for line in lines if not line.strip())
    if re.search(r"^#{1,6} |^```|<a id=|^<table>", text, re.M):
        return "blank-line"
    if indented:
        return "indented"
    return "blank-line" if blank > 1 else "one-per-line"


def unwrap(text: str, style: str, heading_line: Callable[[int], bool] = lambda offset: False) -> list[Edit]:
    """Join hard-wrapped and page-broken lines into paragraphs; drop blank lines and indentation."""
    lines = [(s, e) for s, e in _lines(text)]
    contents = []  # (content_start, content_end, indented, blank_before, is_heading)
    blank_before = False
    for s, e in lines:
        line = text[s:e]
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        lead = len(line) - len(line.lstrip(" "))
        contents.append((s + lead, s + len(line.rstrip(" ")), lead >= 2, blank_before, heading_line(s)))
        blank_before = False
    edits: list[Edit] = []
    prev_end = 0
    previous = None
    for cs, ce, indented, after_blank, heading in contents:
        line = text[cs:ce]
        if previous is None:
            sep, kind = "", "layout-whitespace"
        else:
            p_cs, p_ce, _, _, p_heading = previous
            prev_line = text[p_cs:p_ce]
            joined = _continues(style, prev_line, line, indented, after_blank, heading or p_heading)
            if joined:
                if prev_line.endswith("("):
                    sep, kind = "", "broken-parenthesis"
                else:
                    sep, kind = " ", "page-break" if after_blank else "hard-wrap"
            else:
                sep, kind = "\n", "layout-whitespace"
        if text[prev_end:cs] != sep:
            edits.append(Edit(prev_end, cs, (sep,), kind))
        previous = (cs, ce, indented, after_blank, heading)
        prev_end = ce
    if text[prev_end:] != "\n":
        edits.append(Edit(prev_end, len(text), ("\n",), "layout-whitespace"))
    return edits


_LOWER = re.compile(rf"[{CYR_LOWER}a-z]")


def _continues(style: str, prev_line: str, line: str, indented: bool, after_blank: bool, heading: bool) -> bool:
    if style == "one-per-line" or heading or _starts_block(line) or _is_heading(prev_line):
        return False
    last = prev_line[-1]
    starts_lower = bool(_LOWER.match(line))
    if prev_line.endswith("("):
        return not indented or style == "blank-line"
    if style == "indented":
        if indented:
            return False
        if not after_blank:
            return True
        return last not in TERMINAL_PUNCT and (starts_lower or len(prev_line) >= 60)
    if SIGNATURE_FOR.search(prev_line) and len(prev_line) < 60:
        return False
    if not after_blank:  # consecutive lines in a code block: the original's hard wraps
        return last not in TERMINAL_PUNCT and (starts_lower or len(prev_line) >= 60)
    # a new block unless the previous one broke off mid-sentence and this one goes on in lower case
    return last not in TERMINAL_PUNCT + ",)" and starts_lower


_SPACE_RUN = re.compile(r"(?<=\S)  +(?=\S)")


def space_runs(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), (" ",), "space-run") for m in _SPACE_RUN.finditer(text)]


# ---------------------------------------------------------------------------------------------------------------

# A round of repairs can leave work for another (a column split bares words run together at the start of a line,
# stripping a mark bares another, a joined line is long enough to take the next); rounds repeat until one finds
# nothing, so that the normaliser is idempotent. Every text of the corpora needs two: one to repair, one to find
# nothing. Each later round only joins lines or repairs words, so rounds end; the bound is a guard.
MAX_ROUNDS = 100


def normalise(raw: str, markup: bool = True) -> Normalised:
    """Repair ``raw`` and map it back. ``markup`` strips Markdown and HTML (sources from the legal database).

    The repairs run in rounds until a round finds nothing to repair, each later round exactly as a new call on the
    previous round's text would run: normalising the result again changes nothing."""
    text, offsets, repairs = raw, OffsetMap.identity(len(raw)), []
    headings: set[int] = set()

    def run(edits: list[Edit]) -> None:
        nonlocal text, offsets
        text, offsets, done = apply_edits(text, offsets, edits)
        repairs.extend(done)

    raw_starts = line_starts(raw)

    def raw_line_of(offset: int) -> int:
        return bisect_right(raw_starts, offsets.to_raw(offset))

    def on_lines(marked: set[int]) -> Callable[[int], bool]:
        """Whether an offset of the text is on one of the ``marked`` raw lines."""
        return lambda offset: raw_line_of(offset) in marked

    style = "one-per-line"
    for round_ in range(MAX_ROUNDS):
        done = len(repairs)
        marked: set[int] = headings if round_ == 0 else set()  # later rounds see no Markdown headings, as a new call
        run(line_endings(text))
        run(odd_spaces(text))
        round_style = detect_wrap_style(text)
        if round_ == 0:
            style = round_style  # the source's
        if markup:
            run(markdown(text, marked, raw_line_of))
        run(letter_spacing(text))
        run(lookalikes(text))
        run(run_together(text))
        run(columns(text))
        run(unwrap(text, round_style, on_lines(marked)))
        run(space_runs(text))
        if len(repairs) == done:
            break
    return Normalised(raw, text, offsets, repairs, headings, style, raw_starts)
