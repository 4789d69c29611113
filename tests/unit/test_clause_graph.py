"""Clauses in the graph: one node per clause, named by its article, whichever language states it."""

from __future__ import annotations

from pathlib import Path


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


RU_TWO_ENTRIES_INTO_FORCE = """\
# О ратификации Конвенции

Ратифицировать Конвенцию.

Президент Республики Казахстан

# Конвенция о сотрудничестве

Правительство Республики Казахстан и Правительство Российской Федерации, именуемые в дальнейшем Сторонами,

согласились о нижеследующем:

## Статья 1

Стороны сотрудничают.

## Статья 2

1. Настоящая Конвенция вступает в силу через шесть месяцев после сдачи на хранение третьей ратификационной грамоты.

2. Если государство ратифицирует настоящую Конвенцию после сдачи на хранение третьей ратификационной грамоты, то \
настоящая Конвенция вступает в силу в отношении этого государства через шесть месяцев после сдачи на хранение его \
ратификационной грамоты.

Совершено в Москве 1 мая 2019 года в двух экземплярах.

За Правительство Республики Казахстан

За Правительство Российской Федерации
"""


def test_a_second_entry_into_force_in_one_article_is_a_clause_of_its_own(tmp_path):
    """Held-out kz-laws 166965: the convention's entry into force and each later party's, in one article, were one
    clause node with two conditions (a SHACL violation)."""
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    path = _write(tmp_path / "kz-laws" / "rus" / "9.md", RU_TWO_ENTRIES_INTO_FORCE)
    result = build([path], tmp_path / "out", DEFAULT_BASE, formats=("nt",), allow_invalid=True, jobs=1,
                   progress=False)
    assert result.report is not None and not [r for r in result.report.results if r.severity.endswith("Violation")]
    dump = (tmp_path / "out" / "treatykg.nt").read_text(encoding="utf-8")
    clauses = {line.split()[0] for line in dump.splitlines() if "/clause/entry-into-force/" in line.split()[0]
               and "/condition" not in line.split()[0]}
    assert {c.rsplit("/", 1)[1].rstrip(">") for c in clauses} == {"art_2", "art_2__2"}
