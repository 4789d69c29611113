"""Model -> text and model -> JSON. Rendering a document gives back its normalised text exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Any

from treatykg.text.document import Node, Text


def render(node: Node) -> str:
    return "".join(leaf.value for leaf in node.leaves())


def node_to_json(node: Node | Text, raw_span: Callable[[int, int], tuple[int, int]] | None = None) -> dict[str, Any]:
    """A JSON-ready dict of a node and its children, with normalised spans and, given ``raw_span``, raw ones."""
    if isinstance(node, Text):
        out: dict[str, Any] = {"type": "Text", "role": node.role, "span": [node.start, node.end], "text": node.value}
    else:
        out = {"type": node.type, "span": [node.start, node.end]}
        if node.eid:
            out["eid"] = node.eid
        for key, value in node.attributes().items():
            if value not in (None, [], ""):
                out[key] = asdict(value) if is_dataclass(value) and not isinstance(value, type) else value
        out["children"] = [node_to_json(child, raw_span) for child in node.children]
    if raw_span is not None:
        out["raw_span"] = list(raw_span(node.start, node.end))
    return out
