"""The gold set: real acts in their source layouts, and for some of their language files a gold file of what the
text states, written by hand (gold/CONVENTIONS.md says how each field is counted).

``gold/INDEX.json`` lists the acts: the files of each language and the gold file of each, as paths relative to
the index; an act without gold is still built and its invariants still checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from treatykg.errors import SourceError
from treatykg.files import data_dir

LANGUAGES = ("kk", "ru")


@dataclass(frozen=True)
class GoldDocument:
    """One language file of a gold-set act, with its gold facts (None where nobody wrote gold for it)."""

    act: str                # the act's key in the index
    collection: str         # bundled | dev | pool
    language: str
    path: Path              # the text
    gold_path: Path | None
    gold: dict | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        """A short name: the gold file's stem, else the text's path below its collection."""
        if self.gold_path is not None:
            return self.gold_path.stem
        return f"{self.collection}:{self.act}:{self.language}"


@dataclass
class GoldSet:
    index: Path
    documents: list[GoldDocument]

    @property
    def acts(self) -> dict[str, list[GoldDocument]]:
        out: dict[str, list[GoldDocument]] = {}
        for document in self.documents:
            out.setdefault(document.act, []).append(document)
        return out

    @property
    def with_gold(self) -> list[GoldDocument]:
        return [d for d in self.documents if d.gold is not None]

    def act_roots(self) -> list[Path]:
        """The folders (or files) to build, in index order; a kz-laws root may hold acts the index does not list."""
        roots: list[Path] = []
        for documents in self.acts.values():
            root = act_root(documents[0].path)
            if root not in roots:
                roots.append(root)
        return roots


def default_index() -> Path:
    return data_dir("gold") / "INDEX.json"


def act_root(path: Path) -> Path:
    """What to build for a text: its act folder (kazakhstan-law layout, with meta.yaml), the kz-laws root that
    holds it (its kaz/ and rus/ halves pair up by name only there), or the file itself (adilet)."""
    if (path.parent / "meta.yaml").is_file():
        return path.parent
    if path.parent.name in ("kaz", "rus"):
        return path.parent.parent
    return path


def load(index: Path | None = None, collections: set[str] | None = None) -> GoldSet:
    """The gold set of ``index`` (default: the project's), optionally only some of its collections. A missing or
    malformed entry is an error that names the index and the entry."""
    index = Path(index or default_index())
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SourceError(index, None, f"cannot read the gold index: {error}") from None
    if not isinstance(entries, list):
        raise SourceError(index, None, "the gold index must be a JSON list of acts")
    base = index.parent
    documents = []
    for number, entry in enumerate(entries, 1):
        collection = entry.get("set", "dev")
        if collections and collection not in collections:
            continue
        files, golds = entry.get("files") or {}, entry.get("gold") or {}
        for language in LANGUAGES:
            if not files.get(language):
                continue
            path = (base / files[language]).resolve()
            if not path.is_file():
                raise SourceError(index, None, f"entry {number} ({entry.get('act')}): no such text {files[language]}")
            gold_path = (base / golds[language]).resolve() if golds.get(language) else None
            gold = _read_gold(gold_path, index, number) if gold_path else None
            documents.append(GoldDocument(entry.get("act", str(number)), collection, language, path, gold_path,
                                          gold))
    return GoldSet(index, documents)


def _read_gold(path: Path, index: Path, number: int) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SourceError(path, None, f"cannot read gold file (index entry {number} of {index}): {error}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("act"), dict):
        raise SourceError(path, None, "a gold file is a JSON object with an 'act' object (gold/CONVENTIONS.md)")
    return gold
