"""Persons and offices: who signed the act, who is authorised to sign the treaty, names as written; and for whom
each signature of the treaty is given."""

from __future__ import annotations

from treatykg.facts.provisions import evidence
from treatykg.facts.states import find_state
from treatykg.facts.types import Person, SignedFor
from treatykg.lang.person_wording import AUTHORISATIONS, BODY_AUTHORISATIONS, nominative, usual_capitals
from treatykg.lang.structure import PERSON_NAME, SIGNATURE_PARTY_NOISE, SIGNED_MARK_TAIL
from treatykg.text.document import Document, Signature, SignatureBlock, Treaty


def signature_lines(signature: Signature) -> tuple[str | None, str | None]:
    """(office, name) of a signature: the line that is a person's name (initials and a surname:
    lang/structure.PERSON_NAME), and the others."""
    lines = [leaf.clean for leaf in signature.leaves()]
    names = [line for line in lines if PERSON_NAME.match(line)]
    offices = [line for line in lines if not PERSON_NAME.match(line)]
    return " ".join(offices) or None, names[0] if names else None


def extract_signed_for(treaty: Treaty) -> list[SignedFor]:
    """Each signature of the treaty's signature blocks, with the party it is given for as written."""
    out = []
    for block in (n for n in treaty.walk() if isinstance(n, SignatureBlock)):
        for signature in block.signatures:
            party = SIGNATURE_PARTY_NOISE.sub("", SIGNED_MARK_TAIL.sub("", signature.text)).strip()
            out.append(SignedFor(party or None, evidence(signature)))
    return out


def extract_persons(document: Document, language: str) -> list[Person]:
    persons: list[Person] = []
    act = document.act
    if act is None:
        return persons
    for signature in act.signatures:
        office, name = signature_lines(signature)
        if name or office:  # the database's renderings often print the office alone ("Prime Minister …")
            persons.append(Person(usual_capitals(name or ""), office, find_state(office or ""), "signer",
                                  evidence(signature), name or ""))
    for point in act.points:
        text = point.text
        for pattern, word in AUTHORISATIONS:
            match = pattern.search(text) if word in text else None
            if match:
                office = " ".join(match.group("office").split())
                written = match.group("name")
                persons.append(Person(usual_capitals(nominative(written, language)), office, find_state(office),
                                      "authorised-signatory", evidence(point, text=match.group(0)), written))
                break
        else:
            for pattern, word in BODY_AUTHORISATIONS:
                match = pattern.search(text) if word in text else None
                if match:
                    body = " ".join(match.group("body").split())
                    persons.append(Person("", body, find_state(body), "authorised-body",
                                          evidence(point, text=match.group(0))))
                    break
    return persons
