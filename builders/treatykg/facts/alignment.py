"""Align the kk and ru versions of one act by structure and numbers (never by translation), and report
every point where they disagree."""

from __future__ import annotations

import re

from treatykg.facts.provisions import article_of
from treatykg.facts.types import Disagreement, Evidence, Facts
from treatykg.lang.dates import find_dates
from treatykg.text.document import Article, Block, Document, Item, Node, Paragraph


def _units(document: Document) -> dict[str, Node]:
    """Numbered and ordered parts of the treaty by eId: recitals, articles, paragraphs, list items."""
    treaty = document.treaty
    if treaty is None:
        return {}
    return {n.eid: n for n in treaty.walk() if n.eid and (isinstance(n, (Article, Paragraph, Item))
                                                          or (isinstance(n, Block) and n.role == "recital"))}


def _numbers(text: str) -> list[str]:
    """Dates as ISO and the other figures a provision states (days, months, amounts), in order."""
    dates = find_dates(text)
    isos = [d.iso or d.text for d in dates]
    rest = text
    for d in dates:
        rest = rest.replace(d.text, " ")
    # the Kazakh number glued to its noun ("5-" of "Article 5") and the Russian one after it both give 5
    return isos + re.findall(r"(?<![\w-])\d+(?=[-\s.,;:)]|$)", rest)


def _ev(node) -> Evidence:
    return Evidence(node.eid, node.start, node.end, node.text[:200])


def align(kk: Document, ru: Document, kk_facts: Facts, ru_facts: Facts) -> list[Disagreement]:
    out: list[Disagreement] = []

    def differ(what: str, a, b, eid: str | None = None, evidence=()):
        if a != b:
            out.append(Disagreement(what, None if a is None else str(a), None if b is None else str(b), eid,
                                    list(evidence)))

    kk_act, ru_act = kk.act, ru.act
    if kk_act and ru_act:
        for field in ("act_type", "date", "number"):
            differ(f"act {field}", getattr(kk_facts.act, field, None), getattr(ru_facts.act, field, None))
        differ("act points", len(kk_act.points), len(ru_act.points))
    kk_units, ru_units = _units(kk), _units(ru)
    position = {eid: node.start for eid, node in {**ru_units, **kk_units}.items()}  # where kk has it, else ru
    for eid in sorted(set(kk_units) | set(ru_units), key=position.__getitem__):
        a, b = kk_units.get(eid), ru_units.get(eid)
        if a is None or b is None:
            present = a or b
            differ("structure", eid if a else None, eid if b else None, eid, [_ev(present)])
            continue
        if isinstance(a, Article):
            continue
        na, nb = _numbers(a.text), _numbers(b.text)
        if sorted(na) != sorted(nb):
            differ("figures", ", ".join(na) or "-", ", ".join(nb) or "-", eid, [_ev(a), _ev(b)])
    differ("signing date stated by the act", _dates(kk_facts, "signing-as-stated-by-act"),
           _dates(ru_facts, "signing-as-stated-by-act"))
    kt, rt = kk.treaty, ru.treaty
    if kt and rt:
        differ("parties", len(kk_facts.parties), len(ru_facts.parties))
        differ("party states", sorted(p.state.code for p in kk_facts.parties if p.state),
               sorted(p.state.code for p in ru_facts.parties if p.state))
        kc, rc = kt.closing, rt.closing
        kf, rf = kk_facts.closing, ru_facts.closing
        closings = [_ev(c) for c in (kc, rc) if c is not None]
        # one version may state a date that the other leaves out (or whose closing formula it lacks)
        differ("signing date", _signing_date(kk_facts), _signing_date(ru_facts), "conclusions", closings)
        if kc and rc and kf and rf:
            evidence = [_ev(kc), _ev(rc)]
            differ("originals", kf.originals, rf.originals, "conclusions", evidence)
            differ("languages", kf.languages, rf.languages, "conclusions", evidence)
        differ("signatures", sum(len(b.signatures) for b in kt.signature_blocks),
               sum(len(b.signatures) for b in rt.signature_blocks))
    _compare_clauses(kk_facts, ru_facts, differ)
    differ("defined terms", len(kk_facts.terms), len(ru_facts.terms))
    differ("designations", len(kk_facts.designations), len(ru_facts.designations))
    differ("cited treaties", sorted(c.date.iso for c in kk_facts.citations if not c.generic and c.date),
           sorted(c.date.iso for c in ru_facts.citations if not c.generic and c.date))
    # editorial notes, not treaty text: the two versions' notes may record different dates of entry into force
    differ("entry-into-force record", sorted(r.date.iso for r in kk_facts.editorial if r.date and r.date.iso),
           sorted(r.date.iso for r in ru_facts.editorial if r.date and r.date.iso),
           evidence=[r.evidence for r in kk_facts.editorial + ru_facts.editorial])
    return out



def _signing_date(facts: Facts) -> str | None:
    return next((d.iso for d in facts.dates if d.role == "signing"), None)


def _dates(facts: Facts, role: str) -> list[str]:
    return sorted(d.iso for d in facts.dates if d.role == role and d.iso)


def _compare_clauses(kk: Facts, ru: Facts, differ) -> None:
    """The same typed clauses, with the same values, in the same articles (free-text values aside)."""
    def keyed(facts: Facts) -> dict:
        return {(c.kind, article_of(c.provision)): {k: v for k, v in c.values.items() if not isinstance(v, str) or k in
                                                      ("notice", "language", "from", "until", "by", "condition_kind")}
                for c in facts.clauses}
    a, b = keyed(kk), keyed(ru)
    for key in sorted(set(a) | set(b), key=str):
        kind, article = key
        differ(f"{kind} clause", a.get(key), b.get(key), article)
