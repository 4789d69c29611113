"""The ontology's HTML documentation, one page per language (pyLODE on the ontology filtered to that language).

pyLODE prints every label and definition a term has, so on the whole ontology each term shows its English,
Kazakh and Russian texts run together. Each page here keeps only the literals in its own language (and those
with no language: identifiers, dates, version), so a reader sees one language at a time, and the pages link
to each other. ``python -m treatykg.explore.ontology_docs docs`` (``make docs``) writes
``docs/ontology.en.html``, ``ontology.kk.html`` and ``ontology.ru.html``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph, Literal

from treatykg.errors import MissingExtra
from treatykg.files import data_dir, write_atomic

LANGUAGES = ("en", "kk", "ru")


def ontology_path() -> Path:
    return data_dir("ontology") / "treatykg.ttl"


def in_language(ontology: Graph, language: str) -> Graph:
    """The ontology with every language-tagged literal in another language left out."""
    kept = Graph()
    for prefix, namespace in ontology.namespaces():
        kept.bind(prefix, namespace)
    for triple in ontology:
        literal = triple[2]
        if isinstance(literal, Literal) and literal.language and literal.language != language:
            continue
        kept.add(triple)
    return kept


def page_name(language: str) -> str:
    return f"ontology.{language}.html"


def language_link(ontology: Graph, language: str) -> str:
    """A page's name in its own language: the ontology's title in that language (dcterms:title)."""
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS

    from treatykg.rdf.vocab import ONTOLOGY_IRI
    titles = [t for t in ontology.objects(URIRef(ONTOLOGY_IRI), DCTERMS.title)
              if isinstance(t, Literal) and t.language == language]
    return f'<a href="{page_name(language)}" hreflang="{language}">{language}: {titles[0] if titles else language}</a>'


def html(ontology: Graph, language: str) -> str:
    """pyLODE's page for the ontology in one language, marked with that language and linked to the others."""
    if language not in LANGUAGES:
        raise ValueError(f"no documentation language {language!r}: {', '.join(LANGUAGES)}")
    try:
        from pylode import OntPub
    except ModuleNotFoundError:
        raise MissingExtra("The ontology's HTML documentation", "pylode", "docs") from None
    page = OntPub(in_language(ontology, language), sort_subjects=True).make_html()
    links = " · ".join(language_link(ontology, other) for other in LANGUAGES)
    page = page.replace("<html>", f'<html lang="{language}">', 1)
    return page.replace("<body>", f'<body>\n<nav id="languages">{links}</nav>', 1)


def write_pages(folder: Path, source: Path | None = None) -> list[Path]:
    ontology = Graph().parse(source or ontology_path())
    written = []
    for language in LANGUAGES:
        path = folder / page_name(language)
        write_atomic(path, html(ontology, language))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m treatykg.explore.ontology_docs", description=__doc__)
    parser.add_argument("folder", type=Path, help="where to write ontology.en.html, ontology.kk.html, ontology.ru.html")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    for path in write_pages(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
