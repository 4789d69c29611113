"""The house keeps its rooms: facts are made only in facts/, Kazakh and Russian words are spelled (and quoted) only
in lang/kk/ and lang/ru/ (the Russian tables without a Kazakh letter), and rdf/ reads no text (no regular
expressions). The layers themselves are checked by import-linter
(pyproject.toml, run by .ci/run and by test_the_import_contracts_hold)."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "builders" / "treatykg"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def modules(outside: str | None = None) -> list[Path]:
    """Every module of the package, or those outside one stage folder."""
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if outside is None or p.relative_to(PACKAGE).parts[0] != outside]


def _docstring_lines(tree: ast.Module) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return lines


def spelled_words(path: Path) -> list[str]:
    """Kazakh or Russian in the code of a module: in its strings and regular expressions, not in its docstrings
    and comments, which may quote the texts."""
    source = path.read_text(encoding="utf-8")
    docstrings = _docstring_lines(ast.parse(source))
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and CYRILLIC.search(token.string) and token.start[0] not in docstrings:
            found.append(f"{path.relative_to(PACKAGE)}:{token.start[0]}: {token.string[:60]}")
    return found


def fact_types() -> set[str]:
    tree = ast.parse((PACKAGE / "facts" / "types.py").read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def facts_made(path: Path, types: set[str]) -> list[str]:
    """Calls that construct a fact type."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else None)
            if name in types:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}(…)")
    return found


def uses_regular_expressions(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(alias.name in ("re", "regex") for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module in ("re", "regex"):
            return True
    return False


def test_no_module_outside_lang_spells_a_kazakh_or_russian_word():
    assert [w for path in modules(outside="lang") for w in spelled_words(path)] == []


def quoted_words(path: Path) -> list[str]:
    """Lines of a module that hold Kazakh or Russian anywhere: in code, docstrings or comments."""
    return [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()[:60]}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if CYRILLIC.search(line)]


def test_no_module_outside_lang_quotes_a_kazakh_or_russian_word_even_in_its_comments():
    # a comment that quotes the texts is a second home for their words: examples live in lang/'s tables
    assert [w for path in modules(outside="lang") for w in quoted_words(path)] == []


# The language tables: every Kazakh or Russian word lives in one module per language and topic.
LANGUAGE_TABLES = ("lang/kk", "lang/ru")
KAZAKH_ONLY_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def builders_modules() -> list[Path]:
    """Every module under builders/."""
    return sorted(PACKAGE.parent.rglob("*.py"))


def in_language_tables(path: Path) -> bool:
    return any(path.relative_to(PACKAGE).as_posix().startswith(folder + "/") for folder in LANGUAGE_TABLES) \
        if path.is_relative_to(PACKAGE) else False


def kazakh_letters(path: Path) -> list[str]:
    """Lines of a module that hold a letter of Kazakh that Russian has not."""
    return [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()[:60]}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if KAZAKH_ONLY_LETTERS.search(line)]


def test_no_module_outside_the_language_tables_quotes_a_kazakh_or_russian_word():
    # lang/'s other modules put the languages' tables together under their public names; they spell no word
    # themselves, not even in a comment or a docstring
    outside = [path for path in builders_modules() if not in_language_tables(path)]
    assert any(path.relative_to(PACKAGE).parts[0] == "lang" for path in outside)
    assert [w for path in outside for w in quoted_words(path)] == []


def test_the_russian_tables_hold_no_kazakh_letter():
    russian = [path for path in builders_modules() if path.is_relative_to(PACKAGE / "lang" / "ru")]
    assert len(russian) > 10
    assert [w for path in russian for w in kazakh_letters(path)] == []


def test_the_language_table_checks_find_a_word_out_of_place(tmp_path, monkeypatch):
    package = tmp_path / "treatykg"
    wrapper = package / "lang" / "wording.py"
    kazakh, russian = package / "lang" / "kk" / "x.py", package / "lang" / "ru" / "x.py"
    for module, text in ((wrapper, '# "Тараптар"\nA = 1\n'), (kazakh, 'PARTY = r"Тараптың"\n'),
                         (russian, 'PARTY = r"Сторон"\n# not "Тараптың"\n')):
        module.parent.mkdir(parents=True, exist_ok=True)
        module.write_text(text, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    outside = [path for path in builders_modules() if not in_language_tables(path)]
    assert outside == [wrapper]
    assert [w.split(":")[:2] for w in quoted_words(wrapper)] == [["lang/wording.py", "1"]]
    assert kazakh_letters(russian) == ['lang/ru/x.py:2: # not "Тараптың"']
    assert kazakh_letters(kazakh) == ['lang/kk/x.py:1: PARTY = r"Тараптың"']


def test_no_module_outside_facts_makes_a_fact():
    types = fact_types()
    assert {"Party", "Clause", "Norm", "Approval", "Closing", "ActRequisites"} <= types
    assert [f for path in modules(outside="facts") for f in facts_made(path, types)] == []


def test_rdf_reads_no_text():
    assert [p.name for p in modules() if p.relative_to(PACKAGE).parts[0] == "rdf" and uses_regular_expressions(p)] == []


# The checks must be able to fail: each finds what it looks for in a module written to break the rule.

def test_the_word_check_finds_a_word_in_code_but_not_in_a_docstring(tmp_path, monkeypatch):
    module = tmp_path / "treatykg" / "rdf" / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text('"""Quotes «Тараптар» in its docstring."""\nimport re\nPARTY = re.compile(r"Тарап")\n',
                      encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "treatykg")
    assert [w.split(":")[1] for w in spelled_words(module)] == ["3"]
    assert [w.split(":")[1] for w in quoted_words(module)] == ["1", "3"]
    assert uses_regular_expressions(module)


def test_the_fact_check_finds_a_fact_made_elsewhere(tmp_path, monkeypatch):
    module = tmp_path / "treatykg" / "rdf" / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text("from treatykg.facts import types\nparty = types.Party('X', 'state', None, 1, None)\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "treatykg")
    assert facts_made(module, {"Party"}) == ["rdf/bad.py:2: Party(…)"]


def test_the_import_contracts_hold():
    command = str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([command], cwd=PACKAGE.parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
