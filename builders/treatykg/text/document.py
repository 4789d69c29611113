"""The document model: typed nodes with spans over the normalised text, losing nothing.

Every character of the normalised text belongs to exactly one ``Text`` leaf, and leaves appear in
document order, so rendering the leaves gives the normalised text back. Structural nodes hold
ordered ``children`` (nodes and leaves) plus the attributes read from their text; typed accessors
(``article.paragraphs``, ``treaty.articles``) are views over the children.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TypeVar


@dataclass
class Text:
    """A leaf: an exact slice of the normalised text (with its line break, if it ends a line)."""

    start: int
    end: int
    value: str
    role: str = "text"

    @cached_property  # a leaf is not changed once made, and the text of every node above it cleans it again
    def clean(self) -> str:
        return " ".join(self.value.split())


@dataclass
class Node:
    start: int = 0
    end: int = 0
    eid: str | None = None
    children: list[Node | Text] = field(default_factory=list)

    @property
    def type(self) -> str:
        return type(self).__name__

    # leaves() and walk() keep their own stack: nested generators made every step cost the depth of the tree

    def leaves(self) -> Iterator[Text]:
        stack = [iter(self.children)]
        while stack:
            for child in stack[-1]:
                if isinstance(child, Text):
                    yield child
                else:
                    stack.append(iter(child.children))
                    break
            else:
                stack.pop()

    def walk(self) -> Iterator[Node]:
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(child for child in reversed(node.children) if isinstance(child, Node))

    def of_type(self, cls: builtins.type[N]) -> list[N]:  # the property "type" shadows the builtin here
        return [c for c in self.children if isinstance(c, cls)]

    def text_of(self, role: str | None = None) -> str:
        """Clean text of the leaves directly under this node (all roles, or one role)."""
        return " ".join(c.clean for c in self.children if isinstance(c, Text) and (role is None or c.role == role)
                        and c.clean)

    @property
    def text(self) -> str:
        return " ".join(clean for clean in (leaf.clean for leaf in self.leaves()) if clean)

    @property
    def written(self) -> str:
        """The text as written, spaces kept: the leaves' values, each line break read as a space."""
        return " ".join(leaf.value.removesuffix("\n") for leaf in self.leaves())

    def attributes(self) -> dict:
        skip = {"start", "end", "eid", "children"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}


N = TypeVar("N", bound="Node")


def close(node: N) -> N:
    """Set a node's span from its children."""
    if node.children:
        node.start = node.children[0].start
        node.end = node.children[-1].end
    return node


# --- the act ------------------------------------------------------------------------------------------------------

@dataclass
class Block(Node):
    """A run of text with a role and no finer structure (a title, a formula, a recital)."""

    role: str = "text"


@dataclass
class Note(Node):
    """An editorial note, not treaty text: ``entry-into-force``, ``editorial`` (headed "Note":
    lang/structure.EDITORIAL_NOTE), ``specialists``."""

    kind: str = "editorial"


@dataclass
class Point(Node):
    """A numbered point of the approving act (``1. … be approved``; lang/act_wording.APPROVALS)."""

    num_text: str | None = None
    num: int | None = None


@dataclass
class Signature(Node):
    """A signature: its lines as written (the party signed for, the office, the name; read in facts)."""


@dataclass
class SignatureBlock(Node):
    @property
    def signatures(self) -> list[Signature]:
        return self.of_type(Signature)


@dataclass
class Act(Node):
    """The approving, ratifying or authorising act: decree, resolution or law."""

    title: str | None = None

    def _block(self, role: str) -> Block | None:
        return next((c for c in self.children if isinstance(c, Block) and c.role == role), None)

    @property
    def header(self) -> Block | None:
        """The line with the act's issuer, date and number."""
        return self._block("header")

    @property
    def enacting_formula(self) -> Block | None:
        return self._block("enacting-formula")

    @property
    def points(self) -> list[Point]:
        return self.of_type(Point)

    @property
    def signatures(self) -> list[Signature]:
        return self.of_type(Signature)

    @property
    def notes(self) -> list[Note]:
        return self.of_type(Note)


# --- the treaty ---------------------------------------------------------------------------------------------------

@dataclass
class Item(Node):
    """A list item, with its marker (``a)`` with a letter of either script, ``1)``:
    lang/structure.ITEM_MARKER) where it has one."""

    marker: str | None = None


@dataclass
class ItemList(Node):
    """A list: an intro line ending in a colon, then its items."""

    @property
    def intro(self) -> str:
        return self.text_of("intro")

    @property
    def items(self) -> list[Item]:
        return self.of_type(Item)


@dataclass
class Paragraph(Node):
    num_text: str | None = None
    num: int | None = None

    @property
    def lists(self) -> list[ItemList]:
        return self.of_type(ItemList)


@dataclass
class Article(Node):
    num_text: str = ""
    num: int | None = None
    heading: str | None = None

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.of_type(Paragraph)

    @property
    def lists(self) -> list[ItemList]:
        return self.of_type(ItemList)


@dataclass
class Section(Node):
    num_text: str = ""
    num: int | None = None
    heading: str | None = None
    label: str = "section"  # section or chapter, as the heading's word says (lang/structure.CHAPTER_WORD)

    @property
    def articles(self) -> list[Article]:
        return self.of_type(Article)


@dataclass
class Preamble(Node):
    @property
    def recitals(self) -> list[Block]:
        return [b for b in self.of_type(Block) if b.role == "recital"]


@dataclass
class Body(Node):
    @property
    def sections(self) -> list[Section]:
        return self.of_type(Section)

    @property
    def articles(self) -> list[Article]:
        out = self.of_type(Article)
        for section in self.sections:
            out.extend(section.articles)
        return sorted(out, key=lambda a: a.start)


@dataclass
class ClosingFormula(Node):
    """``Done at … on … in two originals, each in …`` - not part of the last article (read in facts.closing)."""


@dataclass
class Annex(Node):
    """A protocol or annex; its article numbering restarts."""

    kind: str = "protocol"
    num_text: str | None = None
    num: int | None = None
    title: str | None = None

    @property
    def body(self) -> Body | None:
        found = self.of_type(Body)
        return found[0] if found else None

    @property
    def articles(self) -> list[Article]:
        return self.body.articles if self.body else []


@dataclass
class Treaty(Node):
    title: str | None = None
    language: str | None = None  # of the treaty's text: a Kazakh decree may carry a treaty printed in Russian only

    def _first(self, cls):
        found = self.of_type(cls)
        return found[0] if found else None

    @property
    def draft_marker(self) -> Block | None:
        """The "Draft" line above the title of a draft (lang/structure.DRAFT_MARKER)."""
        return next((c for c in self.children if isinstance(c, Block) and c.role == "draft-marker"), None)

    @property
    def preamble(self) -> Preamble | None:
        return self._first(Preamble)

    @property
    def parties_clause(self) -> Block | None:
        """The preamble's clause that names the parties."""
        preamble = self.preamble
        return next((b for b in preamble.of_type(Block) if b.role == "parties"), None) if preamble else None

    @property
    def body(self) -> Body | None:
        return self._first(Body)

    @property
    def articles(self) -> list[Article]:
        return self.body.articles if self.body else []

    @property
    def closing(self) -> ClosingFormula | None:
        return self._first(ClosingFormula)

    @property
    def signature_blocks(self) -> list[SignatureBlock]:
        return self.of_type(SignatureBlock)

    @property
    def annexes(self) -> list[Annex]:
        return self.of_type(Annex)

    @property
    def notes(self) -> list[Note]:
        return self.of_type(Note)


@dataclass
class Document(Node):
    """One language version of one act: the act, and the treaty attached to it."""

    language: str = ""
    path: str = ""

    @property
    def act(self) -> Act | None:
        found = self.of_type(Act)
        return found[0] if found else None

    @property
    def treaty(self) -> Treaty | None:
        found = self.of_type(Treaty)
        return found[0] if found else None


NODE_TYPES = {cls.__name__: cls for cls in (
    Block, Note, Point, Signature, SignatureBlock, Act, Item, ItemList, Paragraph, Article, Section, Preamble, Body,
    ClosingFormula, Annex, Treaty, Document,
)}
