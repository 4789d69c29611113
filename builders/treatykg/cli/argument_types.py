"""argparse types that check an option's value, so that a bad value is refused by argparse with the option's name
and exit 2, before anything runs (light: the commands import it at start-up)."""

from __future__ import annotations

import argparse


def _whole_number(text: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
    return value


def positive_int(text: str) -> int:
    """An argparse type: a count of at least 1 (argparse names the option in its message)."""
    return _whole_number(text, 1)


def count(text: str) -> int:
    """An argparse type: a count of 0 or more."""
    return _whole_number(text, 0)


def base_iri(text: str) -> str:
    """An argparse type: the base of the instance IRIs, an absolute http(s) IRI ending in '/' (every IRI of the graph
    is minted under it, so one that is not an IRI would make every act fail)."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an IRI: {text!r} ({error})") from None
    if not text.startswith(("http://", "https://")) or not text.endswith("/"):
        raise argparse.ArgumentTypeError(f"an http(s) IRI ending in '/' is needed, not {text!r}")
    return text
