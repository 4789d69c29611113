"""Shared helpers for extractors: provisions of a treaty, and evidence from model nodes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatykg.facts.types import Evidence
from treatykg.text.document import Article, Body, Item, ItemList, Node, Paragraph, Text, Treaty


@dataclass
class Provision:
    """The smallest text-bearing unit of an article: a paragraph, a list intro or a list item."""

    eid: str
    article: str           # eId of the article (or numbered point of a body without articles) it belongs to
    text: str              # clean text
    start: int
    end: int
    node: Node | Text


def evidence(node: Node | Text, eid: str | None = None, text: str | None = None, editorial: bool = False) -> Evidence:
    clean = text if text is not None else (node.clean if isinstance(node, Text) else node.text)
    return Evidence(eid if eid is not None else getattr(node, "eid", None), node.start, node.end, clean, editorial)


def articles(treaty: Treaty) -> list[Article | Paragraph]:
    """Every article of the treaty and of its protocols and annexes, in document order; in a body of numbered
    points instead of articles, its points."""
    found: list[Article | Paragraph] = [n for n in treaty.walk() if isinstance(n, Article)]
    for body in (n for n in treaty.walk() if isinstance(n, Body)):
        found += [c for c in body.children if isinstance(c, Paragraph) and c.num is not None]
    return sorted(found, key=lambda a: a.start)


def provisions(treaty: Treaty) -> list[Provision]:
    out: list[Provision] = []
    for article in articles(treaty):
        _collect(article, article, out)
    return out


def eid_of(node: Node) -> str:
    """The eId of an article, paragraph, list or item: the parser gives each of them one."""
    if node.eid is None:
        raise ValueError(f"{node.type} at {node.start}-{node.end} has no eId")
    return node.eid


def _collect(node: Node, article: Article | Paragraph, out: list[Provision]) -> None:
    own = [c for c in node.children if isinstance(c, Text) and c.role not in ("num", "heading")]
    if isinstance(node, ItemList):
        for leaf in own:  # the intro
            out.append(Provision(f"{eid_of(node)}__intro", eid_of(article), leaf.clean, leaf.start, leaf.end, leaf))
    elif isinstance(node, (Paragraph, Item, Article)) and own:
        text = " ".join(leaf.clean for leaf in own)
        out.append(Provision(eid_of(node), eid_of(article), text, own[0].start, own[-1].end, node))
    for child in node.children:
        if isinstance(child, Node):
            _collect(child, article, out)


def article_of(eid: str | None) -> str | None:
    """The eId of the article a provision belongs to (``prot_2__art_4__list_1__item_1`` -> ``prot_2__art_4``), or
    of the numbered point of a body without articles (``para_3__list_1`` -> ``para_3``)."""
    match = re.match(r"^(.*?(?:art|para)_[^_]+)", eid or "")
    return match.group(1) if match else eid
