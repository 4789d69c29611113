"""The notebooks run top to bottom on a fresh clone; a failing cell fails the suite."""


import nbformat
import pytest
from nbclient import NotebookClient

from helpers import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def built(corpus_build):
    return corpus_build[0]


def test_notebooks_are_committed_without_outputs():
    assert NOTEBOOKS
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") and not cell.get("execution_count")
                   for cell in notebook.cells if cell.cell_type == "code"), path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, built, tmp_path, monkeypatch):
    monkeypatch.setenv("TREATYKG_OUT", str(built))
    monkeypatch.setenv("TREATYKG_FIGURES", str(tmp_path / "figures"))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    if path.name.startswith("02-"):
        figures = sorted(p.name for p in (tmp_path / "figures").iterdir())
        assert {"seed-parties.png", "seed-terms.png", "corpus-citations.png", "entities.graphml",
                "seed-timeline.png", "timeline-blr-kaz-gov-2011-government-communications.png"} <= set(figures)
        assert len([name for name in figures if name.startswith("timeline-")]) == 6  # one per treaty of the corpus


@pytest.mark.xdist_group("virtuoso")  # the session's Virtuoso, in the worker that runs its other tests
def test_notebook_04_runs_the_catalogue_against_a_real_endpoint(virtuoso, built, tmp_path, monkeypatch):
    from treatykg.cli.main import main

    assert main(["load", "--endpoint", virtuoso.graph_store, "--from-build", str(built),
                 "--user", "dba", "--password", virtuoso.password]) == 0
    monkeypatch.setenv("TREATYKG_OUT", str(built))
    monkeypatch.setenv("TREATYKG_SPARQL_ENDPOINT", virtuoso.sparql)
    notebook = nbformat.read(ROOT / "notebooks" / "04-triple-store.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "".join(str(o) for cell in notebook.cells for o in cell.get("outputs", []))
    assert "answers_endpoint" in outputs  # the comparison table was shown, so the endpoint part ran
