"""A feature that needs an optional dependency says which extra of treatykg to install, when it is missing."""

from __future__ import annotations

import importlib
import sys

import pytest

from treatykg.cli.main import main
from treatykg.errors import MissingExtra


def test_the_exploration_tables_name_the_explore_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    monkeypatch.delitem(sys.modules, "treatykg.explore.frames", raising=False)
    with pytest.raises(MissingExtra, match=r"pip install 'treatykg\[explore\]'") as raised:
        importlib.import_module("treatykg.explore.frames")
    assert raised.value.extra == "explore"


def test_drawing_a_network_names_the_explore_extra(monkeypatch, tmp_path):
    import networkx as nx

    from treatykg.explore.networks import draw

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtra, match=r"treatykg\[explore\]"):
        draw(nx.MultiDiGraph(), tmp_path / "g.png", "empty")


def test_the_dask_executor_names_the_dask_extra(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    code = main(["build", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1", "--out", str(tmp_path / "out")])
    assert code == 2
    assert "pip install 'treatykg[dask]'" in capsys.readouterr().err
