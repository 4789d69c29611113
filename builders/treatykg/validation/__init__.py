"""Stage 4a, validation: SHACL shapes (pyshacl-turbo, or pySHACL as the reference) and SPARQL checks on the graph in
one call, ``validate(data) -> Report``; the rules that cross acts, judged again on the merged store; an OWL reasoner;
and QC of the ontology.

``from treatykg.validation import validate`` imports the validator when first asked (PEP 562), so that a command
that only needs a small module of this package (ontology QC) does not load rdflib and the engines.
"""

from __future__ import annotations

_EXPORTS = {"validate": "validator", "Report": "report", "Result": "report", "ValidationInputError": "shapes",
            "ShapesError": "shapes"}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
