"""The bad-input catalogue of issue 18, run against the ``treatykg`` command: bad corpus inputs, bad options,
faults during a build, store faults and injection attempts.

    python benchmarks/faults.py                      # every kind but the heavy ones; a table and the totals
    python benchmarks/faults.py --only meta          # the kinds whose name holds "meta"
    python benchmarks/faults.py --category store --parallel 2 --json faults.json
    python benchmarks/faults.py --heavy              # also the multi-gigabyte inputs of defect 2 (8+ GB of memory
                                                     # before the per-act limits: not on a shared machine)

Each kind runs ``python -m treatykg.cli ...`` in a fresh folder (or a few lines of the library) and is judged as
the issue's "Done when" asks: a clear message (its first line is printed) naming the bad file where there is one,
no traceback, no internal error, no hang (a time limit per kind), and the other acts of the run published; some
kinds check one thing more (no secret printed, no SERVICE call, no file written by an injection, the previous
build intact). The exit code is printed as it is; a bad input that is only a warning may exit 0.

A kind that fails today is a defect still open (or fixed on another branch); the total line is the figure the
README's reliability section quotes.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "adilet" / "p2011-860-blr-govcomm-kk.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_ACT = "kz/act/resolution/2011-07-26/860"
GOV_ACT_DIR = next((CORPUS / "kazakhstan-law-government").rglob("meta.yaml")).parent
GOV_ACT = "kz/act/resolution/2001-03-19/360"
GOV_META = (GOV_ACT_DIR / "meta.yaml").read_text(encoding="utf-8")
SECRET = "s3cret-Pw-9"


@dataclass
class Case:
    """What one kind runs and how it is judged."""

    argv: list[str]                       # treatykg's arguments, or [] for a library snippet (``python``)
    culprit: str | None = None            # what the message must name (a file, a flag)
    intact: list[str] = field(default_factory=list)  # act IRIs (fragments) the build must still publish
    out: Path | None = None               # the build's --out, where ``intact`` is looked for
    python: str | None = None             # a snippet run instead of the command
    timeout: float = 120.0
    check: Callable[[Outcome], str | None] | None = None  # a further check: None, or what went wrong
    env: dict[str, str] = field(default_factory=dict)
    during: Callable[[subprocess.Popen], None] | None = None  # done while the command runs (a kill, ...)
    stdin: str | None = None


@dataclass
class Outcome:
    code: int | None                      # None: no exit within the time limit (a hang)
    stdout: str
    stderr: str
    seconds: float
    case: Case


@dataclass
class Kind:
    name: str
    category: str                         # corpus, options, build, store, injection
    setup: Callable[[Path], Case]
    heavy: bool = False


KINDS: list[Kind] = []


def kind(name: str, category: str, heavy: bool = False):
    def register(setup: Callable[[Path], Case]) -> Callable[[Path], Case]:
        KINDS.append(Kind(name, category, setup, heavy))
        return setup
    return register


# --- helpers ---------------------------------------------------------------------------------------------------

def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def good_seed(work: Path) -> Path:
    return write(work / "in" / "good" / SEED.name, SEED.read_bytes())


def good_gov(work: Path, name: str = "good-act") -> Path:
    folder = work / "in" / name
    shutil.copytree(GOV_ACT_DIR, folder)
    return folder


def build(work: Path, *extra: str, inputs: list[Path] | None = None) -> list[str]:
    return ["build", *(str(p) for p in (inputs or [work / "in"])), "--out", str(work / "out"), "--jobs", "1",
            "--no-progress", *extra]


def corpus_case(work: Path, bad: Path, *, gov: bool = False, **kwargs) -> Case:
    """A build of the bad input beside a good act, which must be published."""
    good = good_gov(work) if gov else good_seed(work)
    del good
    return Case(build(work), culprit=kwargs.pop("culprit", str(bad)), intact=[GOV_ACT if gov else SEED_ACT],
                out=work / "out", **kwargs)


def seed_variant(work: Path, name: str, text: str | bytes, **kwargs) -> Case:
    bad = write(work / "in" / "bad" / name, text)
    return corpus_case(work, bad, gov=True, **kwargs)


def gov_variant(work: Path, meta: str | bytes, **kwargs) -> Case:
    folder = work / "in" / "bad-act"
    shutil.copytree(GOV_ACT_DIR, folder)
    write(folder / "meta.yaml", meta)
    good_seed(work)
    return Case(build(work), culprit=kwargs.pop("culprit", str(folder / "meta.yaml")), intact=[SEED_ACT],
                out=work / "out", **kwargs)


def dump_lacks(*texts: str) -> Callable[[Outcome], str | None]:
    def check(outcome: Outcome) -> str | None:
        dump = outcome.case.out / "treatykg.nq" if outcome.case.out else None
        if dump is None or not dump.is_file():
            return None
        data = dump.read_text(encoding="utf-8", errors="replace")
        found = [t for t in texts if t in data]
        return f"the dump holds {found[0]!r}" if found else None
    return check


def nothing_printed(*secrets: str) -> Callable[[Outcome], str | None]:
    def check(outcome: Outcome) -> str | None:
        shown = [s for s in secrets if s in outcome.stdout + outcome.stderr]
        return f"printed {shown[0]!r}" if shown else None
    return check


def no_file(path: Path) -> Callable[[Outcome], str | None]:
    return lambda outcome: f"{path} was written" if path.exists() else None


_SEED_OUT: Path | None = None
_SEED_LOCK = threading.Lock()


def seed_build() -> Path:
    """One build of the seed act, shared by the kinds that read a build (query, load, validate)."""
    global _SEED_OUT
    with _SEED_LOCK:
        if _SEED_OUT is None:
            out = Path(tempfile.mkdtemp(prefix="treatykg-faults-seed-")) / "out"
            done = subprocess.run([sys.executable, "-m", "treatykg.cli", "build", str(SEED), "--out", str(out),
                                   "--jobs", "1", "--no-progress"], capture_output=True, text=True, env=_env())
            if done.returncode != 0:
                raise SystemExit(f"the seed does not build: {done.stderr[-500:]}")
            _SEED_OUT = out
            atexit.register(shutil.rmtree, out.parent, True)
    return _SEED_OUT


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT / "builders"), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONHASHSEED": "0", **(extra or {})}


class Listener:
    """A loopback TCP server that counts connections: what an SSRF would reach."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def check(self, outcome: Outcome) -> str | None:
        time.sleep(0.3)
        self.stop.set()
        return f"{self.connections} connection(s) to the listener" if self.connections else None


# --- bad corpus inputs -------------------------------------------------------------------------------------------

@kind("empty file", "corpus")
def _(work):
    return seed_variant(work, "empty-kk.txt", b"")


@kind("whitespace-only file", "corpus")
def _(work):
    return seed_variant(work, "blank-kk.txt", " \n\t\n  \n")


@kind("binary file (NUL bytes)", "corpus")
def _(work):
    return seed_variant(work, "binary-kk.txt", bytes(range(256)) * 40)


@kind("control characters", "corpus")
def _(work):
    return seed_variant(work, "controls-kk.txt", "\x01\x02\x03\x04 text \x05\x06\x07\n" * 200)


@kind("UTF-16 without a byte-order mark", "corpus")
def _(work):
    return seed_variant(work, "utf16-kk.txt", SEED_TEXT.encode("utf-16-le"))


@kind("invalid UTF-8 after a UTF-8 BOM", "corpus")
def _(work):
    return seed_variant(work, "badbom-kk.txt", b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8")[:500] + b"\xff\xfe" * 10)


@kind("cp1251 text", "corpus")
def _(work):
    return seed_variant(work, "cp1251-ru.txt", "Постановление Правительства\nСтатья 1\nтекст\n".encode("cp1251"))


@kind("not a treaty act (prose)", "corpus")
def _(work):
    return seed_variant(work, "recipe-kk.txt", "Ингредиенты: мука, вода, соль.\nСмешать и выпекать.\n" * 20)


@kind("HTML page saved as .txt", "corpus")
def _(work):
    return seed_variant(work, "page-kk.txt", "<html><body><h1>404 Not Found</h1></body></html>\n")


@kind("truncated before the articles", "corpus")
def _(work):
    return seed_variant(work, "cut-kk.txt", SEED_TEXT[:SEED_TEXT.index("1-бап")])


@kind("truncated mid-article", "corpus")
def _(work):
    return seed_variant(work, "cut-kk.txt", SEED_TEXT[:SEED_TEXT.index("9-бап")])


@kind("duplicate article number", "corpus")
def _(work):
    return seed_variant(work, "dup-kk.txt", SEED_TEXT.replace("\n6-бап\n", "\n5-бап\n"))


@kind("skipped article number", "corpus")
def _(work):
    return seed_variant(work, "gap-kk.txt", SEED_TEXT.replace("7-бап \n", "15-бап \n"))


@kind("impossible date (31 ақпан)", "corpus")
def _(work):
    text = SEED_TEXT.replace("№ 860 Қаулысы", "№ 9860 Қаулысы").replace("2011 жылғы 26 шілдедегі",
                                                                      "2011 жылғы 31 ақпандағы")
    return seed_variant(work, "feb31-kk.txt", text, check=dump_lacks("2011-02-31"))


@kind("year 0000", "corpus")
def _(work):
    text = SEED_TEXT.replace("№ 860 Қаулысы", "№ 9860 Қаулысы").replace("2011 жылғы 26 шілдедегі",
                                                                      "0000 жылғы 26 шілдедегі")
    return seed_variant(work, "year0-kk.txt", text, check=dump_lacks('"0000', "/0000-"))


@kind("RTL mark before a heading", "corpus")
def _(work):
    return seed_variant(work, "rtl-kk.txt", SEED_TEXT.replace("\n3-бап", "\n\u200f3-бап"))


@kind("zero-width spaces everywhere", "corpus")
def _(work):  # repaired by the normaliser: nothing to say
    return seed_variant(work, "zwsp-kk.txt", SEED_TEXT.replace(" ", " \u200b"), culprit=None)


@kind("no parties (preamble removed)", "corpus")
def _(work):
    start = SEED_TEXT.index("Қазақстан Республикасының Үкіметі мен Беларусь")
    lines = SEED_TEXT[start:].split("\n", 3)
    return seed_variant(work, "noparties-kk.txt", SEED_TEXT[:start] + lines[-1], culprit=None)


@kind("the same text under two names", "corpus")
def _(work):
    write(work / "in" / "copy" / "again-kk.txt", SEED_TEXT)
    return corpus_case(work, work / "in" / "copy" / "again-kk.txt", gov=True, culprit=None)


@kind("two acts stating one treaty differently", "corpus")
def _(work):
    other = SEED_TEXT.replace("№ 860 Қаулысы", "№ 861 Қаулысы").replace("2-бап", "2-бап", 1)
    at = other.index("3-бап")
    other = other[:at] + other[at:].replace("\n", "\nҚосымша сөйлем.\n", 2)
    write(work / "in" / "other" / "p2011-861-kk.txt", other)
    return corpus_case(work, work / "in" / "other" / "p2011-861-kk.txt", gov=True, culprit=None)


@kind("deeply nested Markdown", "corpus")
def _(work):
    text = (CORPUS / "kz-laws" / "kaz" / "17489.md").read_text(encoding="utf-8")
    nested = "\n".join(">" * n + " quote" for n in range(1, 3000))
    write(work / "in" / "laws" / "kaz" / "99.md", text + "\n" + nested + "\n")
    return corpus_case(work, work / "in" / "laws" / "kaz" / "99.md", gov=True, culprit=None, timeout=60)


@kind("one very long line (2 MB)", "corpus")
def _(work):
    return seed_variant(work, "longline-kk.txt", SEED_TEXT.replace("\n1-бап\n", "\n" + "сөз " * 500_000 + "\n1-бап\n"),
                        culprit=None)


@kind("CR-only line ends", "corpus")
def _(work):
    return seed_variant(work, "cr-kk.txt", SEED_TEXT.replace("\n", "\r"), culprit=None)


@kind("huge article number", "corpus")
def _(work):
    return seed_variant(work, "bignum-kk.txt", SEED_TEXT.replace("\n2-бап", "\n" + "9" * 60 + "-бап"))


@kind("200,000 list lines (3.7 MB)", "corpus", heavy=True)
def _(work):
    return seed_variant(work, "list-kk.txt", SEED_TEXT.replace("\n2-бап", "\n" + "1) тармақ;\n" * 200_000 + "2-бап"),
                        timeout=600)


@kind("a 50 MB text", "corpus", heavy=True)
def _(work):
    return seed_variant(work, "huge-kk.txt", SEED_TEXT + ("Мәтін жолы.\n" * 2_500_000), timeout=900)


@kind("meta.yaml alias bomb (billion laughs)", "corpus")
def _(work):
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9))
    return gov_variant(work, GOV_META + bomb, timeout=120)


@kind("meta.yaml of 20,000 keys", "corpus")
def _(work):
    return gov_variant(work, GOV_META + "".join(f"key{n}: {n}\n" for n in range(20_000)), timeout=120)


@kind("meta.yaml approved_on: 2001-02-31", "corpus")
def _(work):
    return gov_variant(work, GOV_META.replace("approved_on: 2001-03-19", "approved_on: 2001-02-31"))


@kind("meta.yaml invalid YAML", "corpus")
def _(work):
    return gov_variant(work, "act_code: '1'\ntitle: [unclosed\n")


@kind("meta.yaml a list, not a mapping", "corpus")
def _(work):
    return gov_variant(work, "- one\n- two\n")


@kind("meta.yaml empty", "corpus")
def _(work):
    return gov_variant(work, b"")


@kind("meta.yaml binary", "corpus")
def _(work):
    return gov_variant(work, bytes(range(256)) * 8)


@kind("meta.yaml requisite with 31 February", "corpus")
def _(work):
    return gov_variant(work, re.sub(r"от \d+ \w+ \d{4} года", "от 31 февраля 2001 года", GOV_META),
                       culprit=None, check=dump_lacks("2001-02-31"))


@kind("meta.yaml python tag", "injection")
def _(work):
    marker = work / "pwned"
    return gov_variant(work, GOV_META + f"x: !!python/object/apply:os.system ['touch {marker}']\n",
                       check=no_file(marker))


@kind("act folder without meta.yaml", "corpus")
def _(work):
    folder = work / "in" / "bare"
    for name in ("kaz.md", "rus.md"):
        write(folder / name, (GOV_ACT_DIR / name).read_bytes())
    return corpus_case(work, folder, culprit=str(folder / "meta.yaml"))


@kind("act folder with an empty kaz.md", "corpus")
def _(work):
    folder = good_gov(work, "half")
    write(folder / "kaz.md", b"")
    good_seed(work)
    return Case(build(work), culprit=str(folder / "kaz.md"), intact=[SEED_ACT, GOV_ACT], out=work / "out")


@kind("file name not valid UTF-8", "corpus")
def _(work):
    name = os.fsdecode(b"bad-\xff\xfe-kk.txt")
    write(work / "in" / "bad" / name, SEED_TEXT.replace("№ 860", "№ 862"))
    return corpus_case(work, work / "in" / "bad" / name, gov=True, culprit="bad-")


@kind("file name with shell metacharacters", "injection")
def _(work):
    marker = work / "pwned"
    name = f"$(touch {marker}); `touch {marker}`-kk.txt".replace("/", "_")
    write(work / "in" / "bad" / name, SEED_TEXT.replace("№ 860", "№ 863"))
    return corpus_case(work, work / "in" / "bad" / name, gov=True, culprit=None, check=no_file(marker))


@kind("unreadable file (mode 000)", "corpus")
def _(work):
    bad = write(work / "in" / "bad" / "locked-kk.txt", SEED_TEXT)
    bad.chmod(0)
    return corpus_case(work, bad, gov=True, culprit=None if os.geteuid() == 0 else str(bad))


@kind("unreadable sub-folder (mode 000)", "corpus")
def _(work):
    folder = work / "in" / "locked"
    write(folder / "x-kk.txt", SEED_TEXT)
    folder.chmod(0)
    return corpus_case(work, folder, gov=True, culprit=None if os.geteuid() == 0 else str(folder))


def _acts_built_once(outcome: Outcome) -> str | None:
    found = re.search(r"(\d+) acts built", outcome.stdout)
    return f"{found.group(1)} acts built, not 2" if found and found.group(1) != "2" else None


@kind("symbolic link loop", "corpus")
def _(work):
    good_gov(work)
    good_seed(work)
    (work / "in" / "loop").mkdir()
    os.symlink("..", work / "in" / "loop" / "again")
    return Case(build(work), intact=[SEED_ACT, GOV_ACT], out=work / "out", check=_acts_built_once)


@kind("dangling symbolic link", "corpus")
def _(work):
    os.symlink(work / "nowhere-kk.txt", write(work / "in" / "x", "").parent / "gone-kk.txt")
    (work / "in" / "x").unlink()
    return corpus_case(work, work / "in" / "gone-kk.txt", gov=True, culprit="gone-kk.txt")


@kind("a FIFO in the corpus", "corpus")
def _(work):
    (work / "in").mkdir(parents=True, exist_ok=True)
    os.mkfifo(work / "in" / "pipe-kk.txt")
    return corpus_case(work, work / "in" / "pipe-kk.txt", gov=True, culprit="pipe-kk.txt", timeout=60)


@kind("a folder named like a text file", "corpus")
def _(work):
    (work / "in" / "folder-kk.txt").mkdir(parents=True)
    return corpus_case(work, work / "in" / "folder-kk.txt", gov=True, culprit=None)


@kind("IRI characters in the act number", "injection")
def _(work):
    text = SEED_TEXT.replace("№ 860 Қаулысы", '№ 8> <x:y> "z Қаулысы')
    return seed_variant(work, "iri-kk.txt", text, culprit=None, check=_dumps_parse)


@kind("quotes, backslashes and markup in a title", "injection")
def _(work):
    text = SEED_TEXT.replace("Келісімді бекіту туралы", 'Келісімді """ \\ <script>alert(1)</script> бекіту туралы', 1)
    return seed_variant(work, "markup-kk.txt", text, culprit=None, check=_dumps_parse)


def _dumps_parse(outcome: Outcome) -> str | None:
    import pyoxigraph as ox

    out = outcome.case.out
    for name, form in (("treatykg.nq", ox.RdfFormat.N_QUADS), ("treatykg.ttl", ox.RdfFormat.TURTLE),
                       ("treatykg.trig", ox.RdfFormat.TRIG)):
        if out is not None and (out / name).is_file():
            try:
                for _ in ox.parse(path=str(out / name), format=form):
                    pass
            except SyntaxError as error:
                return f"{name} does not parse: {error}"
    return None


# --- bad options -------------------------------------------------------------------------------------------------

def option_case(argv: list[str], culprit: str | None = None, **kwargs) -> Case:
    return Case(argv, culprit=culprit, **kwargs)


for _name, _argv, _culprit in [
    ("build --jobs 0", ["--jobs", "0"], "--jobs"),
    ("build --jobs -1", ["--jobs", "-1"], "--jobs"),
    ("build --jobs abc", ["--jobs", "abc"], "--jobs"),
    ("build --format unknown", ["--format", "docx"], "--format"),
    ("build --dumps unknown", ["--dumps", "nq,xlsx"], "xlsx"),
    ("build --dumps empty", ["--dumps", ""], None),  # no dumps: the store, ontology.rdf and void.ttl only
    ("build --base not an IRI", ["--base", "not an iri"], "--base"),
    ("build --base with >", ["--base", "https://x/> <y"], "--base"),
    ("build --executor unknown", ["--executor", "ray"], "--executor"),
]:
    def _setup(work, argv=_argv, culprit=_culprit):
        good_seed(work)
        return option_case(build(work, *argv), culprit)
    kind(_name, "options")(_setup)


@kind("build --executor dask, no scheduler there", "options")
def _(work):
    good_seed(work)
    return option_case(build(work, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1"), "127.0.0.1:1",
                       timeout=120)


@kind("build of a path that does not exist", "options")
def _(work):
    return option_case(build(work, inputs=[work / "nowhere"]), str(work / "nowhere"))


@kind("build of /dev/null", "options")
def _(work):
    return option_case(build(work, inputs=[Path("/dev/null")]), "/dev/null")


@kind("build --out is a file", "options")
def _(work):
    good_seed(work)
    write(work / "out", "a file")
    return option_case(build(work), str(work / "out"))


@kind("build --out cannot be made", "options")
def _(work):
    good_seed(work)
    return option_case(["build", str(work / "in"), "--out", "/proc/1/treatykg-out", "--jobs", "1", "--no-progress"],
                       "/proc/1/treatykg-out")


@kind("build --out equal to the input", "options")
def _(work):
    good_seed(work)
    return option_case(["build", str(work / "in"), "--out", str(work / "in"), "--jobs", "1", "--no-progress"],
                       str(work / "in"), check=lambda o: None if (work / "in" / "good" / SEED.name).is_file()
                       else "the input was deleted")


@kind("build --cache is a file", "options")
def _(work):
    good_seed(work)
    write(work / "cache", "a file")
    return option_case(build(work, "--cache", str(work / "cache")), str(work / "cache"))


@kind("build --out holding someone's files", "options")
def _(work):
    good_seed(work)
    write(work / "out" / "store" / "thesis.docx", "work")
    write(work / "out" / "treatykg.nq", "not ours\n")
    return option_case(build(work), str(work / "out"),
                       check=lambda o: None if (work / "out" / "store" / "thesis.docx").is_file()
                       else "store/thesis.docx was deleted")


@kind("parse of an empty folder", "options")
def _(work):
    (work / "empty").mkdir()
    return option_case(["parse", str(work / "empty")], str(work / "empty"))


@kind("validate a file that does not exist", "options")
def _(work):
    return option_case(["validate", str(work / "none.nt")], "none.nt")


@kind("validate a file that is not RDF", "options")
def _(work):
    return option_case(["validate", str(write(work / "x.ttl", "this is not turtle {"))], "x.ttl")


@kind("validate --processes 0", "options")
def _(work):
    return option_case(["validate", str(seed_build() / "treatykg.nt"), "--processes", "0"], "--processes")


@kind("validate --shapes that are not shapes", "options")
def _(work):
    return option_case(["validate", str(seed_build() / "treatykg.nt"), "--shapes", "/etc/hostname"], "/etc/hostname")


@kind("validate --use-shape unknown", "options")
def _(work):
    return option_case(["validate", str(seed_build() / "treatykg.nt"), "--use-shape", "tkgsh:Nothing"], None)


@kind("validate an ill-typed integer", "options")
def _(work):
    text = (seed_build() / "treatykg.nt").read_text(encoding="utf-8")
    text = text.replace('"10"^^<http://www.w3.org/2001/XMLSchema#integer>',
                        '"twelve"^^<http://www.w3.org/2001/XMLSchema#integer>', 1)
    return option_case(["validate", str(write(work / "ill.nt", text))], "twelve", timeout=300)


@kind("query that does not exist", "options")
def _(work):
    return option_case(["query", "cq99-nothing", "--out", str(seed_build())], "cq99-nothing")


@kind("query by a path outside the catalogue", "options")
def _(work):
    return option_case(["query", "../../../../etc/passwd", "--out", str(seed_build())], "passwd")


@kind("query --param without =", "options")
def _(work):
    return option_case(["query", "cq02-parties", "--param", "treaty", "--out", str(seed_build())], "--param")


@kind("query --param it does not take", "options")
def _(work):
    return option_case(["query", "cq02-parties", "--param", "nothing=1", "--out", str(seed_build())], "nothing")


@kind("query --endpoint that refuses", "options")
def _(work):
    return option_case(["query", "cq01", "--endpoint", "http://127.0.0.1:1/sparql"], "127.0.0.1:1")


@kind("stats --out that is no build", "options")
def _(work):
    (work / "empty").mkdir()
    return option_case(["stats", "--out", str(work / "empty")], str(work / "empty"))


@kind("load without --endpoint", "options")
def _(work):
    return option_case(["load", "--from-build", str(seed_build())], "--endpoint")


@kind("load --timeout 0", "options")
def _(work):
    return option_case(["load", "--endpoint", "http://127.0.0.1:1/store", "--from-build", str(seed_build()),
                        "--timeout", "0"], "--timeout")


@kind("load --method bulk without --isql", "options")
def _(work):
    return option_case(["load", "--method", "bulk", "--from-build", str(seed_build()), "--password-file",
                        str(_password_file(work))], "--isql")


@kind("load --graph not in the dump", "options")
def _(work):
    return option_case(["load", "--endpoint", "http://127.0.0.1:1/store", "--from-build", str(seed_build()),
                        "--graph", "urn:nothing"], "urn:nothing")


@kind("load --endpoint file:///etc/passwd", "options")
def _(work):
    return option_case(["load", "--endpoint", "file:///etc/passwd", "--from-build", str(seed_build()),
                        "--retries", "0"], "file:")


@kind("load --nquads with a syntax error", "options")
def _(work):
    bad = write(work / "bad.nq", "<a> <b> <c> <d> <e> .\n")
    return option_case(["load", "--endpoint", "http://127.0.0.1:1/store", "--nquads", str(bad)], str(bad))


def _password_file(work: Path, mode: int = 0o600) -> Path:
    path = write(work / "password", SECRET + "\n")
    path.chmod(mode)
    return path


# --- faults during a build ---------------------------------------------------------------------------------------

def _generated(work: Path, acts: int) -> Path:
    target = work / "gen"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(acts), str(target)], check=True,
                   capture_output=True, env=_env())
    return target


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def _kill_a_worker(process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        workers = [p for p in _children(process.pid)
                   if "python" in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace")]
        if len(workers) >= 2:
            time.sleep(2)
            os.kill(workers[0], signal.SIGKILL)
            return
        time.sleep(0.2)


@kind("a worker killed (kill -9) during a build", "build")
def _(work):
    corpus = _generated(work, 40)
    return Case(["build", str(corpus), "--out", str(work / "out"), "--jobs", "2", "--no-progress"], timeout=240,
                during=_kill_a_worker)


def _previous_build(work: Path) -> Path:
    out = work / "out"
    shutil.copytree(seed_build(), out)
    return out


def _unchanged(out: Path, before: bytes) -> Callable[[Outcome], str | None]:
    def check(outcome: Outcome) -> str | None:
        dump = out / "treatykg.nq"
        if not dump.is_file():
            return "treatykg.nq is gone"
        data = dump.read_bytes()
        whole = data == before or SEED_ACT in data.decode(errors="replace")
        return None if whole else "treatykg.nq is neither old nor new"
    return check


def _kill_after(seconds: float) -> Callable[[subprocess.Popen], None]:
    def act(process: subprocess.Popen) -> None:
        time.sleep(seconds)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
    return act


for _seconds in (1.5, 4.0):
    def _setup(work, seconds=_seconds):
        out = _previous_build(work)
        before = (out / "treatykg.nq").read_bytes()
        good_seed(work)
        good_gov(work)
        case = Case(build(work), during=_kill_after(seconds), check=_unchanged(out, before))
        case.out = None
        return case
    kind(f"build killed (kill -9) after {_seconds:g} s", "build")(_setup)


@kind("two builds into one --out at once", "build")
def _(work):
    good_seed(work)
    other = [sys.executable, "-m", "treatykg.cli", *build(work)]

    def second(process: subprocess.Popen) -> None:
        subprocess.run(other, capture_output=True, env=_env(), timeout=300)
    return Case(build(work), intact=[SEED_ACT], out=work / "out", during=second, check=_dumps_parse)


@kind("the same corpus from two folders", "build")
def _(work):
    for name in ("a", "b"):
        write(work / name / "corpus" / SEED.name, SEED_TEXT)

    def compare(outcome: Outcome) -> str | None:
        subprocess.run([sys.executable, "-m", "treatykg.cli", "build", str(work / "b" / "corpus"), "--out",
                        str(work / "out-b"), "--jobs", "1", "--no-progress"], capture_output=True, env=_env())
        a, b = (work / "out" / "treatykg.nq"), (work / "out-b" / "treatykg.nq")
        if not (a.is_file() and b.is_file()):
            return "a build published nothing"
        return None if a.read_bytes() == b.read_bytes() else "the two folders give different bytes"
    return Case(build(work, inputs=[work / "a" / "corpus"]), check=compare)


# --- store faults ------------------------------------------------------------------------------------------------

class _Store(BaseHTTPRequestHandler):
    """Graph Store Protocol, query and update in memory; ``mode`` picks a fault."""

    mode = "ok"
    graphs: dict[str, set[str]] = {}

    def log_message(self, *args):
        pass

    def _reply(self, code: int, body: bytes = b"", kind: str = "text/plain") -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up waiting (the late MOVE): what the kind is about

    def _graph(self) -> str:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        return (query.get("graph-uri") or query["graph"])[0]

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        if self.server.mode == "500":
            return self._reply(500, b"the disk is full")
        if self.server.mode == "401":
            return self._reply(401, b"")
        self.server.graphs[self._graph()] = set(data.decode().splitlines())
        self._reply(201)

    def do_DELETE(self):
        self.server.graphs.pop(self._graph(), None)
        self._reply(200)

    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if "query" in form:
            found = re.search(r"GRAPH <([^>]+)>", form["query"][0])
            n = len(self.server.graphs.get(found.group(1), ())) if found else 0
            body = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": str(n)}}]}}
            return self._reply(200, json.dumps(body).encode(), "application/sparql-results+json")
        source, target = re.search(r"MOVE SILENT GRAPH <([^>]+)> TO GRAPH <([^>]+)>", form["update"][0]).groups()
        self.server.graphs[target] = self.server.graphs.pop(source, set())
        if self.server.mode == "late-move":
            time.sleep(3)
        self._reply(200)


def _store(mode: str) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Store)
    server.mode, server.graphs = mode, {}  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _raw(behaviour: Callable[[socket.socket], None]) -> int:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)

    def serve() -> None:
        while True:
            connection, _ = server.accept()
            threading.Thread(target=behaviour, args=(connection,), daemon=True).start()
    threading.Thread(target=serve, daemon=True).start()
    return server.getsockname()[1]


def _drip(connection: socket.socket) -> None:
    with connection:
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(1200):
            try:
                connection.sendall(b" ")
            except OSError:
                return
            time.sleep(0.1)


def _hang(connection: socket.socket) -> None:
    with connection:
        connection.recv(65536)
        time.sleep(120)


def _load(endpoint: str, *extra: str) -> list[str]:
    return ["load", "--endpoint", endpoint, "--from-build", str(seed_build()), *extra]


@kind("load into a server that refuses connections", "store")
def _(work):
    return Case(_load("http://127.0.0.1:1/sparql-graph-crud-auth", "--retries", "1", "--backoff", "0.1"),
                culprit="127.0.0.1:1")


@kind("load into a server that never answers", "store")
def _(work):
    port = _raw(_hang)
    return Case(_load(f"http://127.0.0.1:{port}/store", "--timeout", "3"), culprit=f"127.0.0.1:{port}", timeout=60,
                check=lambda o: None if o.seconds < 15 else f"the first error came after {o.seconds:.0f} s")


@kind("load from a server that drips bytes", "store")
def _(work):
    port = _raw(_drip)
    return Case(_load(f"http://127.0.0.1:{port}/store", "--timeout", "3"), culprit=f"127.0.0.1:{port}", timeout=60,
                check=lambda o: None if o.seconds < 15 else f"the first error came after {o.seconds:.0f} s")


@kind("load: MOVE answered after --timeout", "store")
def _(work):
    server = _store("late-move")
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud"

    def check(outcome: Outcome) -> str | None:
        empty = [g for g, triples in server.graphs.items() if not triples and not g.startswith("urn:treatykg")]
        return f"{len(empty)} live graph(s) emptied" if empty else None
    return Case(_load(url, "--timeout", "1", "--retries", "2", "--backoff", "0.1"), timeout=300, check=check)


@kind("load: every PUT answered 500", "store")
def _(work):
    server = _store("500")
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud"
    return Case(_load(url, "--retries", "1", "--backoff", "0.1"), culprit="HTTP 500")


@kind("load: 401 with a wrong password", "store")
def _(work):
    server = _store("401")
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud-auth"
    return Case(_load(url, "--user", "dba", "--password-file", str(_password_file(work))), culprit="401",
                check=nothing_printed(SECRET))


@kind("load: credentials in the --endpoint URL", "store")
def _(work):
    return Case(_load(f"http://dba:{SECRET}@127.0.0.1:1/sparql-graph-crud-auth"), culprit="--endpoint",
                check=nothing_printed(SECRET))


@kind("load: password file readable by others", "store")
def _(work):
    return Case(_load("http://127.0.0.1:1/store", "--password-file", str(_password_file(work, 0o644))),
                culprit="password", check=nothing_printed(SECRET))


@kind("load --method bulk: isql-vt not installed", "store")
def _(work):
    return Case(["load", "--method", "bulk", "--isql", "127.0.0.1:1", "--server-dir", str(work), "--from-build",
                 str(seed_build()), "--password-file", str(_password_file(work)), "--isql-binary",
                 str(work / "no-isql")], culprit="no-isql", check=nothing_printed(SECRET))


def _isql_spy(work: Path) -> tuple[Path, Path]:
    spy = work / "argv.txt"
    binary = write(work / "isql-vt", f"#!/bin/sh\necho \"$@\" >> {spy}\necho '*** Error S2801: [Virtuoso Driver]"
                                     "CL033: Connect failed to 127.0.0.1:1.' >&2\nexit 1\n")
    binary.chmod(0o755)
    return binary, spy


@kind("load --method bulk: password on isql's command line", "store")
def _(work):
    binary, spy = _isql_spy(work)
    return Case(["load", "--method", "bulk", "--isql", "127.0.0.1:1", "--server-dir", str(work), "--from-build",
                 str(seed_build()), "--password-file", str(_password_file(work)), "--isql-binary", str(binary),
                 "--retries", "0"], culprit="127.0.0.1:1",
                check=lambda o: "the password was on isql's command line" if spy.is_file()
                and SECRET in spy.read_text() else None)


# --- injections --------------------------------------------------------------------------------------------------

@kind("query --param that closes the query", "injection")
def _(work):
    return Case(["query", "cq07", "--out", str(seed_build()), "--param", 'treaty=" } ; DROP ALL ; #'], culprit=None,
                check=lambda o: None if "(0 rows)" in o.stdout or o.code else "rows for an injected value")


@kind("query --param with a SERVICE clause", "injection")
def _(work):
    listener = Listener()
    value = f"treaty=<http://x> }} SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?a ?b ?c"
    return Case(["query", "cq02-parties", "--out", str(seed_build()), "--param", value], culprit=None,
                check=listener.check)


_LIBRARY = """
import sys
from treatykg.explore import frames
from treatykg.explore.networks import Source, projection_edges
from pathlib import Path
source = Source.from_build(Path(sys.argv[1]))
T = frames.SEED_TREATY
service = "SERVICE <http://127.0.0.1:" + sys.argv[2] + "/sparql> { ?a ?b ?c }"
for call, value in [(frames.parties, T + "> ?pp ?oo . " + service + " <" + T),
                    (frames.clauses, T + "> ?pp ?oo . " + service + " <" + T),
                    (frames.articles, T + "> . " + service + " ?zz ?yy <" + T),
                    (frames.terms, T + "/terms> . " + service + " ?t skos:inScheme <" + T),
                    (lambda s, v: projection_edges(s, "parties", v), T + "> } " + service + " VALUES ?treaty { <" + T),
                    (frames.treaties, 'kk") } ' + service + ' OPTIONAL { ?treaty ?q ?t . FILTER(LANG(?t) = "kk')]:
    try:
        call(source, value)
    except ValueError as error:
        print("refused:", error)
"""


@kind("library API argument with a SERVICE clause", "injection")
def _(work):
    listener = Listener()
    return Case([], python=_LIBRARY, culprit=None, check=listener.check,
                env={"ARGS": f"{seed_build()} {listener.port}"})


@kind("JSON-LD with a remote @context", "injection")
def _(work):
    listener = Listener()
    doc = {"@context": f"http://127.0.0.1:{listener.port}/context.jsonld", "@id": "http://x/a", "name": "b"}
    return Case(["validate", str(write(work / "remote.jsonld", json.dumps(doc)))], culprit=None,
                check=listener.check, timeout=60)


@kind("RDF/XML with an entity bomb", "injection")
def _(work):
    entities = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                             for i in range(9))
    doc = (f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
           'syntax-ns#"><rdf:Description rdf:about="http://x/a"><rdf:value>&j;</rdf:value></rdf:Description>'
           '</rdf:RDF>')
    return Case(["validate", str(write(work / "bomb.rdf", doc))], culprit="bomb.rdf", timeout=120)


@kind("RDF/XML with an external entity", "injection")
def _(work):
    doc = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><rdf:RDF xmlns:rdf='
           '"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="http://x/a"><rdf:value>&x;'
           '</rdf:value></rdf:Description></rdf:RDF>')
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").is_file() else "\0"
    return Case(["validate", str(write(work / "xxe.rdf", doc)), "--format", "json"], culprit=None,
                check=nothing_printed(hostname) if len(hostname) > 3 else None)


@kind("Turtle with an ill-typed date", "injection")
def _(work):
    doc = ('@prefix eli: <http://data.europa.eu/eli/ontology#> .\n'
           '<https://w3id.org/treatykg/akn/kz/act/x> eli:date_document "2001-02-31"^^'
           '<http://www.w3.org/2001/XMLSchema#date> .\n')
    return Case(["validate", str(write(work / "date.ttl", doc))], culprit=None)


# --- the runner --------------------------------------------------------------------------------------------------

@dataclass
class Verdict:
    kind: Kind
    code: int | None
    message: str
    traceback: bool
    intact: bool | None
    problem: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.problem is None


def first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("  ")]
    errors = [line for line in lines if "error" in line.lower() or "treatykg" in line.lower()]
    return (errors or lines or [""])[0].strip()


def run_kind(item: Kind, keep: bool = False) -> Verdict:
    work = Path(tempfile.mkdtemp(prefix="treatykg-fault-"))
    try:
        try:
            case = item.setup(work)
        except Exception as error:  # noqa: BLE001 - a kind that cannot be set up here is reported, not fatal
            return Verdict(item, None, f"setup failed: {type(error).__name__}: {error}", False, None,
                           "could not be set up", 0.0)
        if case.python is not None:
            argv = [sys.executable, "-c", case.python, *case.env.get("ARGS", "").split()]
        else:
            argv = [sys.executable, "-m", "treatykg.cli", *case.argv]
        started = time.monotonic()
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   errors="replace", env=_env(), cwd=work, start_new_session=True,
                                   stdin=subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL)
        helper = threading.Thread(target=case.during, args=(process,), daemon=True) if case.during else None
        if helper:
            helper.start()
        try:
            stdout, stderr = process.communicate(case.stdin, timeout=case.timeout)
            code: int | None = process.returncode
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            stdout, stderr = process.communicate()
            code = None
        if helper:
            helper.join(60)
        outcome = Outcome(code, stdout, stderr, time.monotonic() - started, case)
        return judge(item, outcome)
    finally:
        for path in work.rglob("*") if work.exists() else ():
            try:
                if not path.is_symlink():
                    path.chmod(0o755 if path.is_dir() else 0o644)
            except OSError:
                pass
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def judge(item: Kind, outcome: Outcome) -> Verdict:
    case = outcome.case
    text = outcome.stdout + outcome.stderr
    traceback = "Traceback (most recent call last)" in text
    message = first_line(outcome.stderr) or first_line(outcome.stdout)
    problems = []
    if outcome.code is None:
        problems.append(f"no exit within {case.timeout:g} s")
    if traceback:
        problems.append("traceback")
    if re.search(r"treatykg: internal error|: error: internal error", text):
        problems.append("internal error")
    if case.culprit and case.culprit not in outcome.stderr + outcome.stdout:
        problems.append(f"the message does not name {case.culprit!r}")
    intact = None
    if case.intact:
        dump = case.out / "treatykg.nq" if case.out else None
        data = dump.read_text(encoding="utf-8", errors="replace") if dump and dump.is_file() else ""
        intact = all(act in data for act in case.intact)
        if not intact:
            problems.append("other acts not published")
    if case.check is not None and outcome.code is not None:
        extra = case.check(outcome)
        if extra:
            problems.append(extra)
    return Verdict(item, outcome.code, message[:110], traceback, intact, "; ".join(problems) or None,
                   outcome.seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="the kinds whose name holds this text")
    parser.add_argument("--category", choices=("corpus", "options", "build", "store", "injection"))
    parser.add_argument("--heavy", action="store_true", help="also the multi-gigabyte inputs (defect 2)")
    parser.add_argument("--parallel", type=int, default=1, metavar="N", help="kinds run at a time (default: 1)")
    parser.add_argument("--json", type=Path, help="write every verdict here as JSON")
    parser.add_argument("--keep", action="store_true", help="keep each kind's folder")
    parser.add_argument("--list", action="store_true", help="list the kinds and stop")
    args = parser.parse_args(argv)
    chosen = [k for k in KINDS if (args.heavy or not k.heavy) and (not args.category or k.category == args.category)
              and (not args.only or args.only.lower() in k.name.lower())]
    if args.list:
        for k in chosen:
            print(f"{k.category:10} {k.name}{' (heavy)' if k.heavy else ''}")
        return 0
    from concurrent.futures import ThreadPoolExecutor

    started = time.monotonic()
    with ThreadPoolExecutor(max(1, args.parallel)) as pool:
        verdicts = list(pool.map(lambda k: run_kind(k, args.keep), chosen))
    width = max(len(v.kind.name) for v in verdicts) if verdicts else 10
    print(f"{'kind':{width}}  {'category':9}  exit  trace  intact  verdict  message / problem")
    for v in verdicts:
        intact = "-" if v.intact is None else ("yes" if v.intact else "NO")
        exit_code = "hang" if v.code is None else str(v.code)
        shown = v.message if v.ok else f"{v.problem} | {v.message}"
        print(f"{v.kind.name:{width}}  {v.kind.category:9}  {exit_code:>4}  {'YES' if v.traceback else 'no':5}  "
              f"{intact:6}  {'ok' if v.ok else 'FAIL':7}  {shown}")
    print()
    for category in ("corpus", "options", "build", "store", "injection"):
        group = [v for v in verdicts if v.kind.category == category]
        if group:
            print(f"{category:10} {sum(v.ok for v in group):3d} of {len(group):3d} ok")
    ok = sum(v.ok for v in verdicts)
    print(f"{'all':10} {ok:3d} of {len(verdicts):3d} ok; {sum(v.traceback for v in verdicts)} with a traceback, "
          f"{sum(v.code is None for v in verdicts)} hung, {sum(v.intact is False for v in verdicts)} lost other acts' "
          f"work; {time.monotonic() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([{"kind": v.kind.name, "category": v.kind.category, "exit": v.code,
                                          "message": v.message, "traceback": v.traceback, "intact": v.intact,
                                          "ok": v.ok, "problem": v.problem, "seconds": round(v.seconds, 1)}
                                         for v in verdicts], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if ok == len(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
