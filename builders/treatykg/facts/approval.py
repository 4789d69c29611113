"""What the approving act states about itself and about the treaty: its type, issuer, date and number (from its
header, its enacting formula and its signature, or from its metadata file), and whether it approves the draft,
ratifies or approves the treaty."""

from __future__ import annotations

from treatykg.facts.persons import signature_lines
from treatykg.facts.provisions import evidence
from treatykg.facts.states import find_state, find_states
from treatykg.facts.types import ActRequisites, Approval
from treatykg.lang.act_wording import (
    ACT_NUMBER,
    ACT_TYPE_WORD,
    ACT_TYPES,
    APPROVALS,
    ENACTING_FORMULA,
    GOVERNMENT,
    PARLIAMENT,
    PRESIDENT,
    PRESIDENTIAL_FORMULA,
    REQUISITE,
)
from treatykg.lang.dates import first_date
from treatykg.text.document import Act, Block


def act_type_of(word: str) -> str | None:
    """``resolution``, ``decree`` or ``law`` from the word that names the act's type."""
    return next((kind for pattern, kind in ACT_TYPES if pattern.search(word)), None)


def act_requisites(act: Act) -> ActRequisites:
    """The act's requisites as its text states them; what it does not state stays None."""
    requisites = ActRequisites(None, None, None, None, None, None)
    for block in (b for b in act.of_type(Block) if b.role == "header"):
        text = block.written
        date = first_date(text)
        if date:
            requisites.date_text = date.text
            requisites.date = date.iso if date.complete else None
        number = ACT_NUMBER.search(text)
        requisites.number = number.group(1) if number else None
        kind = ACT_TYPE_WORD[0].search(text) or ACT_TYPE_WORD[1].match(text)
        if kind:
            requisites.act_type_text = kind.group(1)
    header = act.header
    if header is not None:
        requisites.evidence = evidence(header)
    formula = act.enacting_formula
    formula_text = formula.written if formula is not None else None
    if formula_text:
        requisites.issuer = ENACTING_FORMULA.split(formula_text)[0].strip() or None
    requisites.act_type = _act_type(requisites.act_type_text, formula_text, act)
    if requisites.issuer:
        requisites.issuer_state = find_state(requisites.issuer)
        requisites.issuer_is_government = bool(GOVERNMENT.search(requisites.issuer))
    return requisites


def _act_type(type_word: str | None, formula: str | None, act: Act) -> str | None:
    """From the header's word; failing that, the enacting formula (first person: a decree); failing that, a law if
    the President signs it without an enacting formula."""
    if type_word:
        found = act_type_of(type_word)
        if found == "resolution" and formula and PARLIAMENT.search(formula):
            return "parliament-resolution"
        if found:
            return found
    if formula:
        if PRESIDENTIAL_FORMULA.search(formula):
            return "decree"
        return "parliament-resolution" if PARLIAMENT.search(formula) else "resolution"
    offices = " ".join(office or "" for office, _ in (signature_lines(s) for s in act.signatures))
    return "law" if PRESIDENT.search(offices) else None


def metadata_requisites(requisite: str | None) -> ActRequisites | None:
    """The requisites a metadata file's requisite line states (editorial: not the act's own text)."""
    match = REQUISITE.match(requisite.strip()) if requisite else None
    if not match:
        return None
    date = first_date(match.group("date"))
    return ActRequisites(act_type_of(match.group("type")), match.group("type"), match.group("issuer"),
                         date.iso if date and date.complete else None, date.text if date else None,
                         match.group("number"))


def approvals(act: Act, act_type: str | None) -> list[Approval]:
    """Each point that approves the draft, ratifies or approves the treaty. An older law, and a resolution of the
    parliament, ratify with the Kazakh verb of approval ("be approved", the
    ``approves`` row of lang/act_wording.APPROVALS), so their approval is a ratification."""
    found = []
    for point in act.points:
        relation = next((relation for relation, wording in APPROVALS if wording.search(point.text)), None)
        if relation is None:
            continue
        if relation == "approves" and act_type in ("law", "parliament-resolution"):
            relation = "ratifies"
        found.append(Approval(relation, point.eid, evidence(point), find_states(point.text)))
    return found
