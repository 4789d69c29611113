"""Structural parser: normalised text -> document model.

The normalised text has one paragraph per line. The parser splits it into the approving act (title,
requisites, enacting formula, numbered points, signature, notes) and the attached treaty (title,
notes, preamble, body of sections and articles, closing formula, signatures, protocols and annexes).
Every line, or part of a line, becomes exactly one ``Text`` leaf, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from treatykg.errors import SourceError
from treatykg.lang.act_wording import ACT_HEADER, APPROVAL_VERB, ENACTING_FORMULA
from treatykg.lang.alphabet import CYR_UPPER, detect_language
from treatykg.lang.numbers import number_of
from treatykg.lang.party_names import DESCRIBED_PARTIES, opens_with_party, read_parties_clause
from treatykg.lang.recital_wording import continues_recital, recital_starts
from treatykg.lang.structure import (
    AGREED_FORMULA,
    ANNEX_CAPTION_END_KK,
    ANNEX_HEADING,
    ARTICLE_EXAMPLES,
    ARTICLE_HEADING,
    ARTICLE_HEADING_AT_END,
    CHAPTER_WORD,
    CLOSING_FORMULA,
    COLLECTIVE_NAME_EXAMPLES,
    DATELINE,
    DEFINITION_ITEM,
    DRAFT_MARKER,
    EDITORIAL_NOTE,
    ENTRY_INTO_FORCE_NOTE,
    FOOTNOTE,
    ITEM_MARKER,
    NOMINATIVE_PARTY,
    OFFICE_WORDS,
    PARTIES_CLAUSE,
    PARTIES_WITHOUT_NAME,
    PERSON_NAME,
    POINT_NUMBER,
    PREAMBLE_HEADING,
    PROTOCOL_HEADING,
    PROTOCOL_HEADING_ENDS,
    PROTOCOL_HEADING_STARTS,
    PUBLICATION_NOTE,
    QUOTES,
    SECTION_HEADING,
    SIGNATURE_FOR,
    SIGNATURE_FOR_KK_END,
    SIGNATURE_FOR_KK_SIGNED,
    SIGNATURE_FOR_RU_START,
    SIGNED_MARK,
    SPECIALISTS,
    TERMINAL_PUNCT,
    TRANSLATION_NOTE,
    TREATY_TITLE_KK,
    TREATY_TITLE_LINK_KK,
    TREATY_TITLE_RU,
    TREATY_WORD_ANY_FORM,
    TREATY_WORD_LINE_KK,
)
from treatykg.text.document import (
    Act,
    Annex,
    Article,
    Block,
    Body,
    ClosingFormula,
    Document,
    Item,
    ItemList,
    Node,
    Note,
    Paragraph,
    Point,
    Preamble,
    Section,
    Signature,
    SignatureBlock,
    Text,
    Treaty,
    close,
)
from treatykg.text.normaliser import Normalised


@dataclass
class Piece:
    """A line of the normalised text, or part of one. ``end`` includes the line break when it ends the line."""

    start: int
    end: int
    text: str
    heading: bool = False

    def split(self, at: int) -> tuple[Piece, Piece]:
        return (Piece(self.start, self.start + at, self.text[:at], self.heading),
                Piece(self.start + at, self.end, self.text[at:], self.heading))


class DocumentParser:
    def __init__(self, normalised: Normalised, path: str, language: str):
        self.norm = normalised
        self.text = normalised.text
        self.path = path
        self.language = language
        self.warnings: list[SourceError] = []
        self.lines = self._lines()

    # --- helpers ----------------------------------------------------------------------------------------------

    def _lines(self) -> list[Piece]:
        pieces, start = [], 0
        raw_lines = self.norm.heading_raw_lines
        for match in re.finditer(r"\n", self.text):
            content = self.text[start:match.start()]
            heading = bool(raw_lines) and self.norm.raw_line(start) in raw_lines
            pieces.append(Piece(start, match.end(), content, heading))
            start = match.end()
        if start < len(self.text):
            pieces.append(Piece(start, len(self.text), self.text[start:]))
        return pieces

    def leaf(self, piece: Piece, role: str = "text") -> Text:
        return Text(piece.start, piece.end, self.text[piece.start:piece.end], role)

    def warn(self, piece: Piece | None, message: str) -> None:
        line = self.norm.raw_line(piece.start) if piece else None
        self.warnings.append(SourceError(self.path, line, message, fatal=False))

    def fail(self, piece: Piece | None, message: str) -> SourceError:
        line = self.norm.raw_line(piece.start) if piece else None
        return SourceError(self.path, line, message)

    # --- document ---------------------------------------------------------------------------------------------

    def parse(self) -> Document:
        if not self.lines or not any(p.text.strip() for p in self.lines):
            raise self.fail(None, "no text left after clean-up")
        document = Document(language=self.language, path=str(self.path))
        found = self._find_treaty()
        if found is None:  # the act alone: its treaty is printed elsewhere, or not at all
            document.children.append(self.parse_act(self.lines))
            return close(document)
        title_at, treaty_at = found
        if treaty_at > 0:
            document.children.append(self.parse_act(self.lines[:treaty_at]))
        title = title_at - treaty_at if title_at is not None else None
        document.children.append(self.parse_treaty(self.lines[treaty_at:], title))
        return close(document)

    def _find_treaty(self) -> tuple[int | None, int] | None:
        """(index of the treaty title line or None, index where the treaty part starts); None for an act whose
        treaty is not attached."""
        title_at = next((i for i, p in enumerate(self.lines) if i > 0 and (
            self._is_treaty_title(p) or self._ends_split_title(i))), None)
        if title_at is not None:
            start = title_at
            while start - 1 > 0:
                above = self.lines[start - 1].text
                if DRAFT_MARKER.match(above):
                    start -= 1
                    break
                if self.lines[title_at].heading or self.lines[start - 1].heading or EDITORIAL_NOTE.search(above):
                    start = title_at if not DRAFT_MARKER.match(self.lines[title_at - 1].text) else title_at - 1
                    break
                if (above[-1] in TERMINAL_PUNCT + ",)" or OFFICE_WORDS.search(above) or PERSON_NAME.match(above)
                        or ENACTING_FORMULA.search(above) or POINT_NUMBER.match(above) or len(above) > 200):
                    break
                start -= 1
            return title_at, start
        for i, piece in enumerate(self.lines):
            if PARTIES_CLAUSE.search(piece.text) or ARTICLE_HEADING.match(piece.text):
                self.warn(piece, "the attached treaty has no title that the parser recognises")
                return None, i
        # a law that ratifies has no enacting formula: its point says what it does ("To ratify …")
        formula = next((p for p in self.lines if ENACTING_FORMULA.search(p.text) or APPROVAL_VERB.search(p.text)),
                       None)
        if formula is not None:
            self.warn(formula, "no treaty text is attached to this act: only the act is read")
            return None
        raise self.fail(self.lines[0], "not a treaty act: no attached treaty found (no treaty title, no parties "
                                       f"clause, no articles such as {ARTICLE_EXAMPLES}) and no enacting formula")

    def _is_treaty_title(self, piece: Piece) -> bool:
        text = piece.text
        if len(text) > 700 or text[:1] in "\"«(":
            return False
        if piece.heading and TREATY_WORD_ANY_FORM.search(text) and not self._is_part_heading(piece):
            # a Markdown heading that names a treaty, however its title is worded ("The Izmir Treaty", "SECOND
            # PROTOCOL to … of 1992"; lang/structure.TREATY_WORD_ANY_FORM)
            return True
        if text[:1].isdigit():
            return False
        return bool(TREATY_TITLE_KK.search(text) or TREATY_TITLE_RU.match(text))

    def _ends_split_title(self, index: int) -> bool:
        """A Kazakh treaty word alone on its line, after a line that ends as a title does (its last word
        "on", "between" or "concerning": lang/structure.TREATY_TITLE_LINK_KK; then "AGREEMENT" alone:
        TREATY_WORD_LINE_KK): the last line of a title printed over several plain lines."""
        return (index > 1 and bool(TREATY_WORD_LINE_KK.match(self.lines[index].text))
                and bool(TREATY_TITLE_LINK_KK.search(self.lines[index - 1].text)))

    def _is_part_heading(self, piece: Piece) -> bool:
        """The heading of an article, section or annex, not of a treaty (the first protocol is the treaty)."""
        return (self._is_body_heading(piece) or bool(ANNEX_HEADING.match(piece.text))
                or bool(POINT_NUMBER.match(piece.text)))

    # --- the act ----------------------------------------------------------------------------------------------

    def parse_act(self, lines: list[Piece]) -> Act:
        act = Act()
        current: Node | None = None  # the point, signature or note that continuation lines join
        for index, piece in enumerate(lines):
            text = piece.text
            if index == 0 and not ACT_HEADER.search(text):
                act.children.append(close(Block(role="title", children=[self.leaf(piece, "title")])))
                act.title = text
                continue
            if EDITORIAL_NOTE.search(text) or TRANSLATION_NOTE.match(text):
                current = close(Note(kind="entry-into-force" if ENTRY_INTO_FORCE_NOTE.search(text) else "editorial",
                                     children=[self.leaf(piece)]))
                act.children.append(current)
            elif ACT_HEADER.search(text) and not act.points and len(text) < 250:
                act.children.append(close(Block(role="header", children=[self.leaf(piece, "header")])))
                current = None
            elif isinstance(current, Note) and not (ENACTING_FORMULA.search(text) or POINT_NUMBER.match(text)):
                current.children.append(self.leaf(piece))
                close(current)
            elif ENACTING_FORMULA.search(text):
                act.children.append(close(Block(role="enacting-formula", children=[self.leaf(piece, "formula")])))
                current = None
            elif (number := POINT_NUMBER.match(text)) and not isinstance(current, Signature):
                num = number.group("num")
                current = close(Point(num_text=num, num=int(num), children=[self.leaf(piece)]))
                act.children.append(current)
            elif self._is_signature_line(text, current) or self._opens_signature(lines, index):
                if isinstance(current, Signature):
                    current.children.append(self.leaf(piece))
                    close(current)
                else:
                    current = close(Signature(children=[self.leaf(piece)]))
                    act.children.append(current)
            elif isinstance(current, (Point, Note)):
                current.children.append(self.leaf(piece))
                close(current)
            elif not act.points and not act.signatures:
                # a law's single unnumbered article: "… agreement be ratified."
                current = close(Point(children=[self.leaf(piece)]))
                act.children.append(current)
            else:
                self.warn(piece, f"act text the parser cannot place: {text[:60]!r}")
                act.children.append(close(Block(role="unclassified", children=[self.leaf(piece)])))
        for n, point in enumerate(act.points, 1):
            point.eid = f"para_{point.num if point.num is not None else n}"
        for n, signature in enumerate(act.signatures, 1):
            signature.eid = f"signature_{n}"
        for n, note in enumerate(act.notes, 1):
            note.eid = f"note_{n}"
        return close(act)

    def _is_signature_line(self, text: str, current: Node | None) -> bool:
        short = len(text) < 120 and text[-1] not in ".;:,"
        if short and (OFFICE_WORDS.search(text) or PERSON_NAME.match(text)):
            return True
        return isinstance(current, Signature) and short and len(text) < 60

    def _opens_signature(self, lines: list[Piece], index: int) -> bool:
        """A short line just before an office line starts the signature (``of the Republic of Kazakhstan`` /
        ``Prime Minister``: a Kazakh signature prints the genitive over the office)."""
        text = lines[index].text
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        return (len(text) < 60 and text[-1] not in TERMINAL_PUNCT + "," and bool(following)
                and self._is_signature_line(following, None))

    # --- the treaty -------------------------------------------------------------------------------------------

    def parse_treaty(self, lines: list[Piece], title_at: int | None) -> Treaty:
        treaty = Treaty(language=self.language)
        i = 0
        if lines and DRAFT_MARKER.match(lines[0].text):
            treaty.children.append(close(Block(role="draft-marker", children=[self.leaf(lines[0], "draft-marker")])))
            i = 1
        if title_at is not None:
            end = title_at + 1
            if lines[title_at].heading:  # a title in a heading goes on over the heading lines that follow, no further
                while (end < len(lines) and lines[end].heading and not self._is_part_heading(lines[end])
                       and lines[end].text.strip() != lines[title_at].text.strip()
                       and not EDITORIAL_NOTE.search(lines[end].text) and self._continues_ru_title(lines[end].text)):
                    end += 1
            elif TREATY_TITLE_RU.match(lines[title_at].text):
                while end < len(lines) and self._continues_ru_title(lines[end].text):
                    end += 1
            title = Block(role="title", children=[self.leaf(p, "title") for p in lines[i:end]])
            treaty.children.append(close(title))
            treaty.title = " ".join(p.text.strip() for p in lines[i:end]).rstrip("*").strip()
            i = end
            # the database sometimes prints the title twice: the copy is kept as a block of its own
            while i < len(lines) and lines[i].heading and lines[i].text.strip() == lines[title_at].text.strip():
                treaty.children.append(close(Block(role="title-copy", children=[self.leaf(lines[i], "title")])))
                i += 1
        # editorial notes printed under the title, possibly on one line with the parties clause
        rest = list(lines[i:])
        while rest and ((EDITORIAL_NOTE.search(rest[0].text) or rest[0].text.startswith("(")) and
                        ENTRY_INTO_FORCE_NOTE.search(rest[0].text) or FOOTNOTE.match(rest[0].text)
                        or TRANSLATION_NOTE.match(rest[0].text) or PUBLICATION_NOTE.match(rest[0].text)):
            piece = rest.pop(0)
            close_at = _matching_paren(piece.text)
            if close_at is not None and piece.text[close_at + 1:].strip():
                note_piece, remainder = piece.split(close_at + 1)
                rest.insert(0, remainder)
                piece = note_piece
            pieces = [piece]
            # a note in brackets wrapped over several lines ("(Entered into force on … -" / "Bulletin of …," /
            # "2004, N 6, art. 31)") runs on to its closing bracket
            while (rest and len(pieces) < _NOTE_LINES and len(rest[0].text) < 200
                   and sum(p.text.count("(") - p.text.count(")") for p in pieces) > 0):
                pieces.append(rest.pop(0))
            text = " ".join(p.text for p in pieces)
            kind = "entry-into-force" if ENTRY_INTO_FORCE_NOTE.search(text) else "editorial"
            treaty.children.append(close(Note(kind=kind, children=[self.leaf(p) for p in pieces])))
        body = "articles"
        first_article = next((k for k, p in enumerate(rest) if self._is_body_heading(p)), None)
        if first_article is None:
            first_article = self._first_point(rest)
            body = "points"
        if first_article is None:
            self.warn(rest[0] if rest else lines[-1], "truncated document? the treaty has no articles "
                      f"({ARTICLE_EXAMPLES}) and no numbered points after its title: its text is kept unstructured")
            first_article = next((k for k, p in enumerate(rest) if self._ends_body(p)), len(rest))
            body = "text"
        if first_article:
            treaty.children.append(self.parse_preamble(rest[:first_article], treaty))
        elif rest:
            self.warn(rest[0], "the treaty has no preamble naming its parties")
        self.parse_main_and_annexes(rest[first_article:], treaty, body)
        self._number_notes(treaty)
        close(treaty)
        # a Kazakh decree may carry a treaty printed in Russian only
        treaty.language = detect_language(self.text[treaty.start:treaty.end])
        return treaty

    @staticmethod
    def _first_point(lines: list[Piece]) -> int | None:
        """Where a body of numbered points starts: a "1." line after the agreed formula or a line ending in a colon
        (a protocol may be made of points, not articles)."""
        for k, piece in enumerate(lines):
            number = POINT_NUMBER.match(piece.text)
            if number and number.group("num") == "1" and k > 0 and (
                    AGREED_FORMULA.search(lines[k - 1].text) or lines[k - 1].text.rstrip().endswith(":")):
                return k
        return None

    @staticmethod
    def _continues_ru_title(text: str) -> bool:
        return not (PARTIES_CLAUSE.search(text) or NOMINATIVE_PARTY.match(text) or ENTRY_INTO_FORCE_NOTE.search(text)
                    or AGREED_FORMULA.search(text) or ARTICLE_HEADING.match(text) or text.startswith("("))

    @staticmethod
    def _is_body_heading(piece: Piece) -> bool:
        return bool(ARTICLE_HEADING.match(piece.text) or SECTION_HEADING.match(piece.text))

    def parse_preamble(self, lines: list[Piece], treaty: Treaty | None, eid: str = "preamble") -> Preamble:
        preamble = Preamble(eid=eid)
        # a Kazakh decree may carry a treaty printed in Russian only: the preamble is read in its own language
        language = detect_language(" ".join(p.text for p in lines)) if lines else self.language
        if lines and PREAMBLE_HEADING.match(lines[0].text.strip()):
            preamble.children.append(close(Block(role="heading", eid=f"{eid}__heading",
                                                 children=[self.leaf(lines[0], "heading")])))
            lines = lines[1:]
        dateline = 1 if lines and DATELINE.match(lines[0].text) else 0
        if dateline:
            preamble.children.append(close(Block(role="dateline", eid=f"{eid}__dateline",
                                                 children=[self.leaf(lines[0], "dateline")])))
            lines = lines[1:]
        clause_end = next((k for k, p in enumerate(lines) if PARTIES_CLAUSE.search(p.text)), None)
        described = DESCRIBED_PARTIES.get(language)
        if clause_end is None and treaty is not None and lines and described and described.search(lines[0].text):
            # an open treaty's parties described as a class, none named: "the member Governments of the Council
            # of Europe, …" (lang/party_names.DESCRIBED_PARTIES)
            preamble.children.append(close(Block(role="parties-described", eid=f"{eid}__parties",
                                                 children=[self.leaf(lines[0], "parties")])))
            lines = lines[1:]
        elif clause_end is None and treaty is not None and lines and PARTIES_WITHOUT_NAME.search(lines[0].text) \
                and opens_with_party(lines[0].text):
            clause_end = 0
        formula_at = next((k for k in range(len(lines) - 1, -1, -1) if AGREED_FORMULA.search(lines[k].text)), None)
        if formula_at is not None:
            inline = AGREED_FORMULA.search(lines[formula_at].text)
            if inline is not None and inline.start() > 0 and lines[formula_at].text[:inline.start()].strip():
                lines = list(lines)
                recital_part, formula_part = lines[formula_at].split(inline.start())
                lines[formula_at:formula_at + 1] = [recital_part, formula_part]
                formula_at += 1
        start = 0
        if clause_end is not None and (formula_at is None or clause_end <= formula_at):
            clause_end = self._clause_lines(lines, clause_end, formula_at, language)
            lines, formula_at = self._split_parties_clause(lines, clause_end, formula_at, language)
            clause = close(Block(role="parties", eid=f"{eid}__parties",
                                 children=[self.leaf(p, "parties") for p in lines[:clause_end + 1]]))
            preamble.children.append(clause)
            start = clause_end + 1
        elif treaty is not None and lines and not any(isinstance(c, Block) and c.role == "parties-described"
                                                      for c in preamble.children):
            self.warn(lines[0], "the preamble does not name the parties with a collective name "
                      f"({COLLECTIVE_NAME_EXAMPLES})")
        recital = 0
        for k in range(start, len(lines)):
            if k == formula_at:
                role = "agreed-formula"
                block = Block(role=role, eid=f"{eid}__formula", children=[self.leaf(lines[k], "formula")])
                preamble.children.append(close(block))
                continue
            pieces = self._recital_pieces(lines[k], language)
            previous = preamble.children[-1] if preamble.children else None
            if isinstance(previous, Block) and previous.role == "recital" \
                    and continues_recital(lines[k].text, language):
                previous.children.append(self.leaf(pieces.pop(0), "recital"))
                close(previous)
            for piece in pieces:
                recital += 1
                block = Block(role="recital", eid=f"{eid}__rec_{recital}", children=[self.leaf(piece, "recital")])
                preamble.children.append(close(block))
        return close(preamble)

    @staticmethod
    def _recital_pieces(line: Piece, language: str) -> list[Piece]:
        """A paragraph cut where each of its recitals begins (two may share a paragraph)."""
        pieces: list[Piece] = []
        for at in reversed(recital_starts(line.text, language)[1:]):
            line, rest = line.split(at)
            pieces.insert(0, rest)
        return [line, *pieces]

    @staticmethod
    def _clause_lines(lines: list[Piece], clause_end: int, formula_at: int | None, language: str) -> int:
        """The last line of the parties clause: names that go on past the line of the naming (Kazakh puts
        the naming first, so a line may end "hereinafter "the Parties", of the Republic of Kazakhstan" and the next
        go on "Government and of China …"; lang/party_names.NAMING_PHRASE) take the next line too."""
        limit = min(len(lines), formula_at if formula_at is not None else len(lines), clause_end + 3)
        while clause_end + 1 < limit and lines[clause_end].text.rstrip()[-1:].isalpha():
            joined = "\n".join(p.text for p in lines[:clause_end + 2])
            next_starts = len(joined) - len(lines[clause_end + 1].text)
            if read_parties_clause(joined, language).end <= next_starts:
                break
            clause_end += 1
        return clause_end

    @staticmethod
    def _split_parties_clause(lines: list[Piece], clause_end: int, formula_at: int | None,
                              language: str) -> tuple[list[Piece], int | None]:
        """A recital run on after the names of the parties, on the clause's last line ("…, hereinafter the Parties,
        proceeding from …", in either language: lang/recital_wording.recital_starts), is cut off it: a line of its
        own."""
        clause = lines[:clause_end + 1]
        reading = read_parties_clause("\n".join(p.text for p in clause), language)
        last_starts = sum(len(p.text) + 1 for p in clause[:-1])
        cut = reading.end - last_starts
        last = clause[-1]
        if reading.end == 0 or cut <= 0 or not last.text[cut:].strip():
            return lines, formula_at
        names, rest = last.split(cut)
        lines = [*lines[:clause_end], names, rest, *lines[clause_end + 1:]]
        return lines, None if formula_at is None else formula_at + 1

    def parse_main_and_annexes(self, lines: list[Piece], treaty: Treaty, body: str = "articles") -> None:
        """The body (of ``articles``, numbered ``points``, or ``text`` the parser cannot structure), closing formula,
        signatures and trailer, then each protocol or annex in turn."""
        annex_starts = [k for k, p in enumerate(lines) if self._is_annex_heading(p)]
        untitled = self._annex_after_signatures(lines, annex_starts[0] if annex_starts else len(lines))
        if untitled is not None:
            annex_starts.insert(0, untitled)
        chunks = [(0, annex_starts[0] if annex_starts else len(lines))]
        # each annex runs to the next one's start, the last to the end (without annexes there is no pair)
        chunks += [(a, b) for a, b in zip(annex_starts, annex_starts[1:] + [len(lines)], strict=False)]
        for n, (a, b) in enumerate(chunks):
            if n == 0:
                self._parse_chunk(lines[a:b], treaty, prefix="", body=body)
                continue
            annex = self._parse_annex(lines[a:b], n)
            treaty.children.append(annex)

    def _annex_after_signatures(self, lines: list[Piece], until: int) -> int | None:
        """Where an annex starts that its heading does not call one: after the treaty's closing formula or
        signatures, a Markdown heading ("### Programme of cross-border cooperation …"), or a Kazakh caption over
        several lines ending in its word for annex ("to the Protocol on …" / "annex":
        lang/structure.ANNEX_CAPTION_END_KK), from the caption's first line. Without it, the annex would be read as
        signatures."""
        end = next((k for k in range(1, until) if self._ends_body(lines[k])), None)
        if end is None:
            return None
        for k in range(end + 1, until):
            if ANNEX_CAPTION_END_KK.search(lines[k].text):
                start = k
                while (start - 1 > end and k - start < 8 and len(lines[start - 1].text) < 80
                       and lines[start - 1].text[-1:] not in TERMINAL_PUNCT
                       and not SIGNATURE_FOR_KK_END.search(lines[start - 1].text)
                       and not self._is_signature_start(lines[start - 1].text)):
                    start -= 1
                return start
            if lines[k].heading and not self._is_signature_start(lines[k].text):
                return k
        return None

    def _is_annex_heading(self, piece: Piece) -> bool:
        text = piece.text  # every line of the treaty is tested: the cheap tests first
        if len(text) < 200 and ANNEX_HEADING.match(text):
            return True
        return ((text.startswith(PROTOCOL_HEADING_STARTS) or text.rstrip().endswith(PROTOCOL_HEADING_ENDS))
                and bool(PROTOCOL_HEADING.search(text)))

    def _parse_annex(self, lines: list[Piece], ordinal: int) -> Annex:
        heading = lines[0].text
        kind = "protocol" if not ANNEX_HEADING.match(heading) and PROTOCOL_HEADING.search(heading) else "annex"
        match = PROTOCOL_HEADING.search(heading) or ANNEX_HEADING.match(heading)
        num_text = next((g for g in match.groups() if g), None) if match else None
        annex = Annex(kind=kind, num_text=num_text, num=number_of(num_text), title=heading.strip())
        prefix = f"{'prot' if kind == 'protocol' else 'annex'}_{annex.num or ordinal}"
        annex.eid = prefix
        annex.children.append(close(Block(role="title", children=[self.leaf(lines[0], "title")])))
        rest = lines[1:]
        first_article = next((k for k, p in enumerate(rest) if self._is_body_heading(p)), None)
        if first_article is None:
            for piece in rest:
                annex.children.append(close(Block(role="text", children=[self.leaf(piece)])))
            return close(annex)
        if first_article:
            annex.children.append(self.parse_preamble(rest[:first_article], None, eid=f"{prefix}__preamble"))
        self._parse_chunk(rest[first_article:], annex, prefix=f"{prefix}__")
        return close(annex)

    def _parse_chunk(self, lines: list[Piece], owner: Node, prefix: str, body: str = "articles") -> None:
        """Articles (in sections where present) or numbered points, then the closing formula, signatures and
        trailer."""
        end = next((k for k, p in enumerate(lines) if k > 0 and self._ends_body(p)), len(lines))
        if body == "articles":
            owner.children.append(self.parse_body(lines[:end], prefix))
        elif body == "points":
            owner.children.append(self.parse_point_body(lines[:end], prefix))
        elif end:
            owner.children.append(close(Body(eid=f"{prefix}body" if prefix else "body", children=[
                close(Block(role="unclassified", children=[self.leaf(p)])) for p in lines[:end]])))
        tail = lines[end:]
        k = 0
        if k < len(tail) and CLOSING_FORMULA.search(tail[k].text):
            closing_end = next((j for j in range(k + 1, len(tail)) if self._is_signature_start(tail[j].text)
                                or SPECIALISTS.match(tail[j].text)), len(tail))
            owner.children.append(self.parse_closing(tail[k:closing_end], prefix))
            k = closing_end
        signatures: list[Piece] = []
        while k < len(tail) and not SPECIALISTS.match(tail[k].text):
            signatures.append(tail[k])
            k += 1
        if signatures:
            owner.children.append(self.parse_signatures(signatures, prefix))
        if k < len(tail):
            owner.children.append(close(Note(kind="specialists", children=[self.leaf(p) for p in tail[k:]])))
        if isinstance(owner, Treaty) and lines and not any(isinstance(c, SignatureBlock) for c in owner.children):
            last = lines[-1]
            self.warn(last, "truncated document? the treaty ends without signatures"
                      + ("" if owner.closing else " and without a closing formula"))

    def _ends_body(self, piece: Piece) -> bool:
        text = piece.text
        if text[:1] in QUOTES:  # a closing formula quoted by an amending protocol is part of its body
            return False
        return bool(CLOSING_FORMULA.search(text) or (len(text) < 120 and self._is_signature_start(text))
                    or SPECIALISTS.match(text))

    @staticmethod
    def _is_signature_start(text: str) -> bool:
        return bool(SIGNATURE_FOR.search(text) or SIGNED_MARK.match(text) or SIGNATURE_FOR_KK_SIGNED.search(text))

    # --- body ---------------------------------------------------------------------------------------------------

    def parse_body(self, lines: list[Piece], prefix: str) -> Body:
        body = Body(eid=f"{prefix}body" if prefix else "body")
        section: Section | None = None
        article_lines: list[Piece] = []
        seen: dict[int, Piece] = {}

        def flush() -> None:
            if not article_lines:
                return
            article = self.parse_article(article_lines, prefix if section is None else f"{section.eid}__")
            if article.num is not None:
                if article.num in seen:
                    raise self.fail(article_lines[0], f"duplicate article number {article.num_text}: "
                                    f"article {article.num_text} already starts at line "
                                    f"{self.norm.raw_line(seen[article.num].start)}")
                seen[article.num] = article_lines[0]
            (section or body).children.append(article)
            if section is not None:
                close(section)
            article_lines.clear()

        pieces = list(lines)
        while pieces:
            piece = pieces.pop(0)
            sec = SECTION_HEADING.match(piece.text)
            glued = ARTICLE_HEADING_AT_END.search(piece.text, sec.end()) if sec else None
            if glued:  # "SECTION II Official visits Article 5": the section's heading, then an article's
                piece, article_piece = piece.split(glued.start("heading"))
                pieces.insert(0, article_piece)
            if sec:
                flush()
                num_text = next(g for g in (sec.group("kk"), sec.group("ru")) if g)
                label = "chapter" if CHAPTER_WORD.match(sec.group("kkw") or sec.group("ruw") or "") else "section"
                section = Section(num_text=num_text, num=number_of(num_text), label=label)
                section.eid = f"{prefix}{'chp' if label == 'chapter' else 'sec'}_{section.num or num_text}"
                rest = piece.text[sec.end():].strip(" .:-–")
                section.heading = rest or None
                section.children.append(self.leaf(piece, "num"))
                body.children.append(close(section))
                continue
            if ARTICLE_HEADING.match(piece.text):
                flush()
            if not article_lines and not ARTICLE_HEADING.match(piece.text):
                if section is not None and not section.articles:
                    section.children.append(self.leaf(piece, "heading"))
                    section.heading = (section.heading + " " if section.heading else "") + piece.text.strip()
                    close(section)
                    continue
                self.warn(piece, f"text outside any article: {piece.text[:60]!r}")
                body.children.append(close(Block(role="unclassified", children=[self.leaf(piece)])))
                continue
            article_lines.append(piece)
        flush()
        self._check_numbering(body)
        return close(body)

    def parse_point_body(self, lines: list[Piece], prefix: str) -> Body:
        """A body of numbered points (``1. …``, ``2. …``): each point a numbered paragraph of the body, with the
        lines up to the next point's number; a number out of sequence is text of the point it stands in."""
        body = Body(eid=f"{prefix}body" if prefix else "body")
        point: list[Piece] = []

        def flush() -> None:
            if point:
                body.children.append(self.parse_point(point, prefix))
                point.clear()

        expected = 1
        for piece in lines:
            number = POINT_NUMBER.match(piece.text)
            if number and int(number.group("num")) == expected:
                flush()
                expected += 1
            if point or number:
                point.append(piece)
                continue
            self.warn(piece, f"text outside any point: {piece.text[:60]!r}")
            body.children.append(close(Block(role="unclassified", children=[self.leaf(piece)])))
        flush()
        return close(body)

    def parse_point(self, lines: list[Piece], prefix: str) -> Paragraph:
        number = POINT_NUMBER.match(lines[0].text)
        num_text = number.group("num") if number else None
        point = Paragraph(num_text=num_text, num=int(num_text) if num_text else None)
        point.eid = f"{prefix}para_{point.num}"
        point.children.append(self.leaf(lines[0]))
        point.children.extend(self.parse_blocks(lines[1:], point.eid))
        return close(point)

    def _check_numbering(self, body: Body) -> None:
        groups = [body.of_type(Article)] + [s.articles for s in body.sections]
        for articles in groups:
            for previous, article in pairwise(articles):
                if previous.num is not None and article.num is not None and article.num != previous.num + 1:
                    piece = Piece(article.start, article.end, "")
                    if article.num > previous.num + 1:
                        gap = article.num - previous.num - 1  # listed when short: a typo may make it astronomic
                        missing = (", ".join(str(n) for n in range(previous.num + 1, article.num)) if gap <= 12
                                   else f"{previous.num + 1} to {article.num - 1}, {gap} numbers")
                        self.warn(piece, f"missing article number: after article {previous.num_text} comes "
                                  f"{article.num_text} (missing {missing})")
                    else:
                        self.warn(piece,
                                  f"article {article.num_text} is out of order after article {previous.num_text}")

    def parse_article(self, lines: list[Piece], prefix: str) -> Article:
        head = lines[0]
        match = ARTICLE_HEADING.match(head.text)
        if match is None:  # the body is cut into articles at their headings
            raise self.fail(head, f"not an article heading: {head.text[:60]!r}")
        num_text = next(g for g in (match.group("kk"), match.group("ru"), match.group("kk2")) if g)
        article = Article(num_text=num_text, num=number_of(num_text))
        article.eid = f"{prefix}art_{article.num if article.num is not None else num_text}"
        content: list[Piece] = []
        rest = head.text[match.end():]
        if rest.strip():
            num_piece, rest_piece = head.split(match.end())
            article.children.append(self.leaf(num_piece, "num"))
            stripped = rest.strip()
            if len(stripped) <= 100 and stripped[-1] not in TERMINAL_PUNCT + "," and len(lines) > 1:
                article.children.append(self.leaf(rest_piece, "heading"))
                article.heading = stripped
            else:
                lead = len(rest) - len(rest.lstrip())
                if lead:
                    space, rest_piece = rest_piece.split(lead)
                    article.children[-1] = Text(num_piece.start, space.end, self.text[num_piece.start:space.end], "num")
                content.append(rest_piece)
        else:
            article.children.append(self.leaf(head, "num"))
        body_lines = lines[1:]
        if not content and len(body_lines) > 1 and self._looks_like_heading(body_lines[0].text):
            article.children.append(self.leaf(body_lines[0], "heading"))
            article.heading = body_lines[0].text.strip()
            body_lines = body_lines[1:]
        content.extend(body_lines)
        if not content:
            self.warn(head, f"article {num_text} has no text")
        article.children.extend(self.parse_blocks(self._split_inline_points(content), article.eid))
        return close(article)

    @staticmethod
    def _looks_like_heading(text: str) -> bool:
        text = text.strip()
        return (0 < len(text) <= 100 and text[-1] not in TERMINAL_PUNCT + ","
                and not POINT_NUMBER.match(text) and not ITEM_MARKER.match(text) and text[0].isupper()
                and not DEFINITION_ITEM.match(text))

    def _split_inline_points(self, pieces: list[Piece]) -> list[Piece]:
        """``1. … standardisation. 2. The Parties …`` on one line becomes two pieces."""
        out: list[Piece] = []
        for piece in pieces:
            first = POINT_NUMBER.match(piece.text)
            while first:
                expected = int(first.group("num")) + 1
                nxt = re.search(rf"(?<=[.;])\s+({expected})\.\s+(?=[{CYR_UPPER}A-Z])", piece.text)
                if not nxt:
                    break
                head, piece = piece.split(nxt.start(1))
                out.append(head)
                first = POINT_NUMBER.match(piece.text)
            out.append(piece)
        return out

    def parse_blocks(self, pieces: list[Piece], eid: str) -> list[Node]:
        blocks: list[Node] = []
        k = 0
        paragraph_count = list_count = 0
        last_numbered: Paragraph | None = None
        while k < len(pieces):
            piece = pieces[k]
            text = piece.text.strip()
            point = POINT_NUMBER.match(text)
            starts_list = text.endswith(":") and k + 1 < len(pieces) and not POINT_NUMBER.match(pieces[k + 1].text)
            bare_items = ITEM_MARKER.match(text) and not point
            if starts_list or bare_items:
                j = k + 1 if starts_list else k
                marked = bool(ITEM_MARKER.match(pieces[j].text))
                items: list[Piece] = []
                while j < len(pieces):
                    q = pieces[j].text.strip()
                    if POINT_NUMBER.match(q) and not ITEM_MARKER.match(q):
                        break
                    if marked and not ITEM_MARKER.match(q):
                        break
                    items.append(pieces[j])
                    j += 1
                    if not marked and q[-1] not in ";,":
                        break
                list_count += 1
                owner_eid: str | None = eid
                target: list[Node] | list[Node | Text] = blocks
                if point:
                    paragraph_count += 1
                    para = Paragraph(num_text=point.group("num"), num=int(point.group("num")))
                    para.eid = f"{eid}__para_{para.num}"
                    owner_eid = para.eid
                    blocks.append(para)
                    last_numbered = para
                    target = para.children
                elif last_numbered is not None:
                    owner_eid = last_numbered.eid
                    target = last_numbered.children
                item_list = ItemList(eid=f"{owner_eid}__list_{list_count}")
                if starts_list:
                    item_list.children.append(self.leaf(piece, "intro"))
                for n, item_piece in enumerate(items, 1):
                    marker = ITEM_MARKER.match(item_piece.text)
                    item = Item(marker=marker.group("marker").strip() if marker else None,
                                eid=f"{item_list.eid}__item_{n}", children=[self.leaf(item_piece, "item")])
                    item_list.children.append(close(item))
                target.append(close(item_list))
                if target is not blocks and last_numbered is not None:
                    close(last_numbered)
                k = j
                continue
            if point:
                paragraph_count += 1
                para = Paragraph(num_text=point.group("num"), num=int(point.group("num")),
                                 children=[self.leaf(piece)])
                para.eid = f"{eid}__para_{para.num}"
                last_numbered = para
                blocks.append(close(para))
            elif last_numbered is not None:
                last_numbered.children.append(self.leaf(piece))
                close(last_numbered)
            else:
                paragraph_count += 1
                blocks.append(close(Paragraph(eid=f"{eid}__para_{paragraph_count}", children=[self.leaf(piece)])))
            k += 1
        if last_numbered is not None:
            self._name_intro_paragraphs(blocks, eid)
        return blocks

    @staticmethod
    def _name_intro_paragraphs(blocks: list[Node], eid: str) -> None:
        """The unnumbered paragraphs that open an article of numbered ones ("For the purposes of this Agreement
        the following terms are used:" before "1. …") are its introduction: counted by position they would take the
        eIds of the numbered paragraphs ("para_1" twice), so they are named ``intro_N``, as Akoma Ntoso names an
        intro."""
        for n, block in enumerate(blocks, 1):
            if not isinstance(block, Paragraph) or block.num is not None:
                break
            block.eid = f"{eid}__intro_{n}"

    # --- closing and signatures ---------------------------------------------------------------------------------

    def parse_closing(self, lines: list[Piece], prefix: str) -> ClosingFormula:
        return close(ClosingFormula(eid=f"{prefix}conclusions" if prefix else "conclusions",
                                    children=[self.leaf(p, "closing") for p in lines]))

    def parse_signatures(self, lines: list[Piece], prefix: str) -> SignatureBlock:
        """One Signature per party signed for: a new one opens with "For …" (ru), or after a line that closes the
        party's name with "for" (kk, possibly followed by the signed mark; lang/structure.SIGNATURE_FOR)."""
        block = SignatureBlock(eid=f"{prefix}signatures" if prefix else "signatures")
        current: Signature | None = None
        for piece in lines:
            text = piece.text.strip()
            new_party = text.startswith(SIGNATURE_FOR_RU_START) or current is None or (
                SIGNATURE_FOR_KK_END.search(current.text) is not None and not SIGNED_MARK.match(text))
            if new_party or current is None:
                current = Signature(eid=f"{block.eid}__signature_{len(block.children) + 1}")
                block.children.append(current)
            current.children.append(self.leaf(piece, "signature"))
            close(current)
        return close(block)

    def _number_notes(self, treaty: Treaty) -> None:
        for n, note in enumerate((n for n in treaty.walk() if isinstance(n, Note)), 1):
            note.eid = f"note_{n}"


_NOTE_LINES = 5  # the most lines an editorial note in brackets is wrapped over


def _matching_paren(text: str) -> int | None:
    if not text.startswith("("):
        return None
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return None


def parse(normalised: Normalised, path: str, language: str) -> tuple[Document, list[SourceError]]:
    parser = DocumentParser(normalised, path, language)
    document = parser.parse()
    return document, parser.warnings
