"""Read acts from the three real source layouts, decoding each file and saying how.

A *reader* is a plug-in, as rdflib's parsers are: it registers under a layout name, says whether it
recognises a path, and turns the path into ``Act`` sources, each holding one or more language versions.
``discover(path)`` picks the reader, or ``--format`` names it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from treatykg.errors import SourceError
from treatykg.lang.act_wording import REQUISITE
from treatykg.lang.alphabet import detect_language
from treatykg.lang.dates import first_date

LANGUAGE_OF_FILE = {"kaz": "kk", "rus": "ru", "kk": "kk", "ru": "ru"}


@dataclass
class DecodedText:
    """A file's text exactly as stored, with the encoding used to read it."""

    path: Path
    text: str
    encoding: str
    bom: bool
    newline: str  # "LF", "CRLF", "CR" or "mixed"
    size: int
    sha256: str  # of the bytes as stored, for provenance

    @property
    def encoding_label(self) -> str:
        return self.encoding + (" with BOM" if self.bom else "")


def decode_bytes(data: bytes, path: Path | str) -> DecodedText:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or legacy cp1251. Binary input is refused."""
    path = Path(path)
    if not data.strip():
        raise SourceError(path, 1, "empty file: no text to read" if not data else "file holds only whitespace")
    bom = False
    if data.startswith(codecs.BOM_UTF8):
        encoding, body, bom = "utf-8", data[len(codecs.BOM_UTF8):], True
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body, bom = "utf-16", data, True
    else:
        encoding, body = "utf-8", data
        if b"\x00" in data:
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise SourceError(path, line, "binary file: NUL bytes found, this is not a text document")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        if bom:
            line = body.count(b"\n", 0, error.start) + 1
            raise SourceError(path, line,
                              f"invalid {encoding} after a {encoding} byte-order mark: {error.reason}") from None
        encoding = "cp1251"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error2:
            line = data.count(b"\n", 0, error2.start) + 1
            raise SourceError(path, line, "binary file: neither UTF-8 nor cp1251 text") from None
    if encoding == "utf-16":
        text = text.lstrip("\ufeff")
    _refuse_binary(text, path)
    return DecodedText(path, text, encoding, bom, _newline_style(text), len(data), hashlib.sha256(data).hexdigest())


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _refuse_binary(text: str, path: Path) -> None:
    sample = text[:65536]
    controls = list(_CONTROL.finditer(sample))
    if len(controls) > max(3, len(sample) // 200):
        line = text.count("\n", 0, controls[0].start()) + 1
        raise SourceError(path, line, f"binary file: {len(controls)} control characters, this is not a text document")


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    styles = [name for name, count in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if count]
    return styles[0] if len(styles) == 1 else ("mixed" if styles else "LF")


def read_text(path: Path) -> DecodedText:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(path, None, f"cannot read: {error.strerror or error}") from None
    return decode_bytes(data, path)


@dataclass
class ActMetadata:
    """What a layout states about the act outside its text (meta.yaml), with the file and line it came from."""

    source: Path | None = None
    requisite: str | None = None  # as written: the act's type, issuer, date and number (read in facts.approval)
    titles: dict[str, str] = field(default_factory=dict)
    local_id: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    warnings: list[SourceError] = field(default_factory=list)


@dataclass
class Version:
    """One language version of an act: the decoded file and its language."""

    language: str
    text: DecodedText

    @property
    def path(self) -> Path:
        return self.text.path


@dataclass
class ActSource:
    """One act as found on disk: its layout, its identifier, its metadata and its language versions."""

    layout: str
    act_id: str
    location: Path
    versions: list[Version]
    metadata: ActMetadata = field(default_factory=ActMetadata)
    errors: list[SourceError] = field(default_factory=list)  # files of this act that could not be read
    root: Path | None = None  # see ActLocation.root

    def source_name(self, path: Path) -> str:
        """How provenance names a file of this act: relative to the corpus root, whatever the root's own spelling."""
        if self.root is not None:
            try:
                return path.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return path.name


def _versions(files: list[tuple[str | None, Path]]) -> tuple[list[Version], list[SourceError]]:
    """Decode each (language, path); a file that cannot be read is an error of its act, not of the run."""
    versions, errors = [], []
    for language, path in files:
        try:
            text = read_text(path)
        except SourceError as error:
            errors.append(error)
            continue
        versions.append(Version(language or detect_language(text.text), text))
    return versions, errors


# ---------------------------------------------------------------------------------------------------------------
# Reader plug-ins


@dataclass(frozen=True)
class ActLocation:
    """Where one act lies, found without reading it: the work of a build task, cheap to send to a worker."""

    layout: str
    path: Path
    key: str | None = None  # kz-laws: the pair's stem under the root; kazakhstan-law-government: one file's name
    # the folder named on the command line (or the one holding the act named): provenance names files relative to it
    root: Path | None = field(default=None, compare=False)

    def files(self) -> list[Path]:
        """The files whose bytes make the act (its content, for the build cache)."""
        return READERS[self.layout].files(self)


@dataclass
class Reader:
    name: str
    description: str
    recognises: Callable[[Path], bool]
    locate: Callable[[Path], list[ActLocation]]
    open: Callable[[ActLocation], ActSource]
    files: Callable[[ActLocation], list[Path]]

    def read(self, path: Path) -> list[ActSource]:
        return [self.open(location) for location in self.locate(path)]


READERS: dict[str, Reader] = {}


def register_reader(reader: Reader) -> Reader:
    READERS[reader.name] = reader
    return reader


def _is_gov_act_dir(path: Path) -> bool:
    # meta.yaml is not required: the database's history holds versions of an act folder without it, and the act's
    # text states its own requisites (a missing meta.yaml is a warning, see _open_gov)
    return path.is_dir() and any((path / f).is_file() for f in ("kaz.md", "rus.md"))


def _is_kz_laws_root(path: Path) -> bool:
    return path.is_dir() and any((path / d).is_dir() and any((path / d).glob("*.md")) for d in ("kaz", "rus"))


def _recognise_adilet(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".txt"


def _locate_adilet(path: Path) -> list[ActLocation]:
    return [ActLocation("adilet", path)]


def _open_adilet(location: ActLocation) -> ActSource:
    path = location.path
    match = re.search(r"-(kk|ru)$", path.stem)
    versions, errors = _versions([(match.group(1) if match else None, path)])
    act_id = re.sub(r"-(kk|ru)$", "", path.stem)
    return ActSource("adilet", act_id, path, versions, errors=errors)


def _recognise_gov(path: Path) -> bool:
    if path.is_file():
        return path.name in ("kaz.md", "rus.md")
    return _is_gov_act_dir(path)


def _locate_gov(path: Path) -> list[ActLocation]:
    if path.is_file():
        return [ActLocation("kazakhstan-law-government", path.parent, path.name)]
    return [ActLocation("kazakhstan-law-government", path)]


def _gov_texts(location: ActLocation) -> list[Path]:
    names = [location.key] if location.key else ["kaz.md", "rus.md"]
    return [location.path / n for n in names if (location.path / n).is_file()]


def _open_gov(location: ActLocation) -> ActSource:
    folder = location.path
    if not (folder / "meta.yaml").is_file():
        metadata = ActMetadata(warnings=[SourceError(folder / "meta.yaml", None, "no meta.yaml beside the texts: the "
                                                     "act is read from its texts alone", fatal=False)])
    else:
        try:
            metadata = read_gov_metadata(folder / "meta.yaml")
        except SourceError as error:
            return ActSource("kazakhstan-law-government", folder.name, folder, [], errors=[error])
    versions, errors = _versions([(LANGUAGE_OF_FILE[f.stem], f) for f in _gov_texts(location)])
    act_id = metadata.local_id or folder.name
    return ActSource("kazakhstan-law-government", act_id, folder, versions, metadata, errors)


def _recognise_kz_laws(path: Path) -> bool:
    if path.is_file():
        return path.suffix == ".md" and path.parent.name in ("kaz", "rus")
    return _is_kz_laws_root(path)


def _locate_kz_laws(path: Path) -> list[ActLocation]:
    if path.is_file():
        return [ActLocation("kz-laws", path)]
    stems = sorted({f.stem for d in ("kaz", "rus") for f in (path / d).glob("*.md")}, key=_natural_key)
    return [ActLocation("kz-laws", path, stem) for stem in stems]


def _kz_laws_texts(location: ActLocation) -> list[tuple[str | None, Path]]:
    if location.key is None:  # one file named on its own
        return [(LANGUAGE_OF_FILE.get(location.path.parent.name), location.path)]
    return [(LANGUAGE_OF_FILE[d], location.path / d / f"{location.key}.md")
            for d in ("kaz", "rus") if (location.path / d / f"{location.key}.md").is_file()]


def _open_kz_laws(location: ActLocation) -> ActSource:
    versions, errors = _versions(_kz_laws_texts(location))
    act_id = location.key if location.key is not None else location.path.stem
    return ActSource("kz-laws", act_id, location.path, versions, errors=errors)


register_reader(Reader("adilet", "adilet plain text (PDF extraction), one language per file", _recognise_adilet,
                       _locate_adilet, _open_adilet, lambda location: [location.path]))
register_reader(Reader("kazakhstan-law-government", "act folder with kaz.md, rus.md and (usually) meta.yaml",
                       _recognise_gov, _locate_gov, _open_gov,
                       lambda location: [p for p in (location.path / "meta.yaml",) if p.is_file()]
                       + _gov_texts(location)))
register_reader(Reader("kz-laws", "kaz/<id>.md and rus/<id>.md pairs", _recognise_kz_laws, _locate_kz_laws,
                       _open_kz_laws, lambda location: [p for _, p in _kz_laws_texts(location)]))


# meta.yaml of the database is about 1-3 KB; a file far larger is not one (and YAML's cost grows with it)
MAX_METADATA_BYTES = 64 * 1024


class _MetadataLoader(yaml.SafeLoader):
    """PyYAML's safe loader without anchors and aliases (a "billion laughs" file expands to gigabytes; meta.yaml
    never needs them), whose dates that no calendar has become warnings with their line instead of exceptions."""

    def __init__(self, text: str, path: Path):
        super().__init__(text)
        self.path = path
        self.date_warnings: list[SourceError] = []

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise SourceError(self.path, event.start_mark.line + 1,
                              "YAML anchors and aliases (& and *) are refused in meta.yaml")
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            self.date_warnings.append(SourceError(self.path, node.start_mark.line + 1, f"{node.value!r} is no "
                                                  "calendar date; the value is left out", fatal=False))
            return None


_MetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", _MetadataLoader.construct_yaml_timestamp)


def _read_metadata_yaml(path: Path) -> tuple[dict, dict[str, int], list[SourceError]]:
    """The mapping meta.yaml holds, the line of each top-level key, and warnings (dates no calendar has)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_METADATA_BYTES + 1)
    except OSError as error:
        raise SourceError(path, None, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_METADATA_BYTES:
        raise SourceError(path, None, f"meta.yaml larger than {MAX_METADATA_BYTES // 1024} KiB: not an act's "
                                      "metadata")
    raw = decode_bytes(data, path)
    loader = _MetadataLoader(raw.text, path)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            raise SourceError(path, 1, "meta.yaml must be a mapping with 'requisite' and 'title'")
        mapping = loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SourceError(path, mark.line + 1 if mark else None,
                          f"invalid YAML: {getattr(error, 'problem', None) or error}") from None
    except (ValueError, TypeError) as error:  # a constructor's (an unhashable key, a bad number)
        raise SourceError(path, None, f"invalid YAML: {error}") from None
    finally:
        loader.dispose()
    # the key nodes carry their marks: the line of each key in one pass, however many keys
    lines: dict[str, int] = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            lines[key_node.value] = key_node.start_mark.line + 1  # the last of a repeated key, as the value
    return mapping, lines, loader.date_warnings


def read_gov_metadata(path: Path) -> ActMetadata:
    """Parse meta.yaml: the act's type, date and number from ``requisite``, its titles from ``title``."""
    data, lines, warnings = _read_metadata_yaml(path)
    metadata = ActMetadata(source=path, lines=lines, warnings=warnings)
    metadata.local_id = str(data["act_code"]) if data.get("act_code") is not None else None
    titles = data.get("title") or {}
    if isinstance(titles, dict):
        metadata.titles = {LANGUAGE_OF_FILE.get(str(k), str(k)): str(v) for k, v in titles.items()}
    requisite = data.get("requisite")
    if requisite:
        metadata.requisite = str(requisite)
    for key in ("approved_on", "form", "type_codes", "source"):
        if key in data:
            metadata.extra[key] = data[key] if not hasattr(data[key], "isoformat") else data[key].isoformat()
    approved = metadata.extra.get("approved_on")
    date = requisite_date(metadata.requisite)
    if approved and date and str(approved) != date:
        metadata.warnings.append(SourceError(
            path, lines.get("approved_on"), f"approved_on {approved} disagrees with the requisite's date "
            f"{date} ({metadata.requisite}); the requisite is used", fatal=False))
    return metadata


def requisite_date(requisite: str | None) -> str | None:
    """The full date a requisite line states, ISO, or None."""
    match = REQUISITE.match(requisite.strip()) if requisite else None
    date = first_date(match.group("date")) if match else None
    return date.iso if date and date.complete else None


def _natural_key(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name))


# ---------------------------------------------------------------------------------------------------------------
# Discovery

_IGNORED_FILES = re.compile(r"^(?:SOURCES|README|LICEN[CS]E|CHANGELOG)(?:\.\w+)?$|^\.", re.I)


def locate(path: Path | str, layout: str | None = None, problems: list[SourceError] | None = None,
           seen: set[str] | None = None) -> list[ActLocation]:
    """Every act at ``path`` (a file, an act folder, a kz-laws root, or a tree holding any of them), found
    without reading any text: a national corpus is located in seconds, and each act is read by its own task.

    What cannot be located (a folder that cannot be read, a file name that is not UTF-8) is skipped and added to
    ``problems``; without that list, the first one is raised. Each real folder and file is visited once (``seen``
    holds their real paths), so a symbolic link back up the tree neither loops nor builds an act twice."""
    path = Path(path)
    found: list[SourceError] = [] if problems is None else problems
    before = len(found)
    seen = set() if seen is None else seen
    if not path.exists():
        raise SourceError(readable_path(path), None, "no such file or folder")
    if layout is not None:
        if layout not in READERS:
            raise SourceError(path, None, f"unknown format {layout!r}; known: {', '.join(sorted(READERS))}")
        locations = _rooted(READERS[layout].locate(path), path)
    else:
        reader = _recognising(path, found)
        if reader is not None:
            locations = _rooted(reader.locate(path), path)
        elif path.is_file():
            raise SourceError(path, None, "unknown layout: expected an adilet .txt file, an act folder of "
                                          "kaz.md/rus.md (and meta.yaml), or kaz/<id>.md / rus/<id>.md; "
                                          "name one with --format")
        else:
            locations = list(_walk(path, path, found, seen))
            if not locations and len(found) == before:
                raise SourceError(path, None, "unknown layout: no treaty act found in this folder")
    located = [location for location in locations if _decodable(location, found) and _first_visit(location, seen)]
    if problems is None and found:
        raise found[0]
    return located


def _rooted(locations: list[ActLocation], named: Path) -> list[ActLocation]:
    """The locations of what was named, each with its root: the folder named, or the one holding the act named
    (an act folder's parent, a kz-laws file's root, an adilet file's folder)."""
    out = []
    for location in locations:
        if named.is_dir() and location.layout != "kazakhstan-law-government":
            root = named
        elif location.layout == "kazakhstan-law-government":
            root = location.path.parent
        elif location.layout == "kz-laws" and location.key is None and location.path.parent.name in ("kaz", "rus"):
            root = location.path.parent.parent
        else:
            root = location.path.parent
        out.append(ActLocation(location.layout, location.path, location.key, root))
    return out


def readable_path(path: Path | str) -> str:
    """A path as a message can print it: bytes that are not UTF-8 shown as escapes (\\xff)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _decodable(location: ActLocation, problems: list[SourceError]) -> bool:
    for path in [location.path, *location.files()]:
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:
            problems.append(SourceError(readable_path(path), None, "the file name is not valid UTF-8: skipped "
                                        "(rename the file)"))
            return False
    return True


def _first_visit(location: ActLocation, seen: set[str]) -> bool:
    """False for an act already located by another path (a symbolic link, or two arguments naming it)."""
    key = f"{location.layout}\0{os.path.realpath(location.path)}\0{location.key}"
    if key in seen:
        return False
    seen.add(key)
    return True


def _recognising(path: Path, problems: list[SourceError]) -> Reader | None:
    for reader in READERS.values():
        try:
            if reader.recognises(path):
                return reader
        except OSError as error:
            problems.append(SourceError(readable_path(path), None, f"cannot read: {error.strerror or error}; skipped"))
            return None
    return None


def locate_all(paths: list[Path], layout: str | None = None,
               problems: list[SourceError] | None = None) -> list[ActLocation]:
    """Every act at each of ``paths``, each once (see :func:`locate`). The language versions of one act named file by
    file (``kaz/<id>.md`` and ``rus/<id>.md`` of a kz-laws root, or the ``kaz.md`` and ``rus.md`` of an act folder)
    are that one act, as when its folder or root is named: built apart, each half would be an act of its own that
    mints the same act and treaty IRIs, and the union would give one treaty each version's parties and authorities
    twice over."""
    seen: set[str] = set()
    located = [location for path in paths for location in locate(path, layout, problems, seen)]
    named_files: dict[ActLocation, set[ActLocation]] = {}
    for location in located:
        whole = _whole_act(location)
        if whole is not None:
            named_files.setdefault(whole, set()).add(location)
    out: list[ActLocation] = []
    for location in located:
        whole = _whole_act(location)
        paired = whole is not None and len(named_files[whole]) > 1
        chosen = whole if paired and whole is not None else location
        if chosen not in out:
            out.append(chosen)
    return out


def _whole_act(location: ActLocation) -> ActLocation | None:
    """The location of the whole act that a location of one of its language files belongs to."""
    if location.layout == "kz-laws" and location.key is None and location.path.parent.name in ("kaz", "rus"):
        return ActLocation("kz-laws", location.path.parent.parent, location.path.stem, location.root)
    if location.layout == "kazakhstan-law-government" and location.key is not None:
        return ActLocation("kazakhstan-law-government", location.path, None, location.root)
    return None


def open_act(location: ActLocation) -> ActSource:
    """Read one located act: its files decoded, its metadata parsed; unreadable files are errors of this act."""
    source = READERS[location.layout].open(location)
    source.root = location.root
    return source


def discover(path: Path | str, layout: str | None = None) -> list[ActSource]:
    """Every act at ``path``, read."""
    return [open_act(location) for location in locate(path, layout)]


def _walk(folder: Path, root: Path, problems: list[SourceError], seen: set[str]) -> Iterator[ActLocation]:
    real = "dir\0" + os.path.realpath(folder)
    if real in seen:  # a symbolic link to a folder already walked (a loop, or two names for one folder)
        return
    seen.add(real)
    reader = _recognising(folder, problems)
    if reader is not None and folder.is_dir():
        for location in reader.locate(folder):
            yield ActLocation(location.layout, location.path, location.key, root)
        return
    try:
        children = sorted(folder.iterdir(), key=lambda p: _natural_key(p.name))
    except OSError as error:
        problems.append(SourceError(readable_path(folder), None, f"cannot read this folder: "
                                    f"{error.strerror or error}; its acts are skipped"))
        return
    for child in children:
        try:
            if child.is_symlink() and not child.exists():
                problems.append(SourceError(readable_path(child), None, "a symbolic link to nothing "
                                            f"({readable_path(Path(os.readlink(child)))}); skipped"))
            elif child.exists() and not child.is_dir() and not child.is_file():
                # a FIFO would block the build that opened it; a socket or device is no text
                problems.append(SourceError(readable_path(child), None, "not a regular file (a FIFO, socket or "
                                            "device); skipped"))
            elif child.is_dir():
                yield from _walk(child, root, problems, seen)
            elif not _IGNORED_FILES.match(child.name) and _recognise_adilet(child):
                yield ActLocation("adilet", child, None, root)
        except OSError as error:
            problems.append(SourceError(readable_path(child), None, f"cannot read: {error.strerror or error}; "
                                        "skipped"))
