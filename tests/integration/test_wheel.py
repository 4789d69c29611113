"""A wheel installed outside the checkout works and carries its data."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import ROOT


def test_wheel_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, ROOT],
                   check=True, capture_output=True)
    [wheel] = dist.glob("treatykg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "treatykg/_data/corpus/SOURCES.md" in names
    assert "treatykg/_data/corpus/adilet/p2011-860-blr-govcomm-kk.txt" in names
    assert "treatykg = treatykg.cli.main:main" in entry_points

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", target, wheel],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import treatykg; print(treatykg.__file__)"], cwd=elsewhere, env=env,
                           check=True, capture_output=True, text=True).stdout
    assert Path(where.strip()).is_relative_to(target)
    result = subprocess.run([sys.executable, "-m", "treatykg.cli", "parse"], cwd=elsewhere, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "6 acts, 11 language versions parsed, 0 failed" in result.stdout
    assert "treatykg/_data/gold/INDEX.json" in names
    result = subprocess.run([sys.executable, "-m", "treatykg.cli", "evaluate", "--set", "bundled", "--no-documents"],
                            cwd=elsewhere, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "6 acts, 11 language files, 11 with gold" in result.stdout  # the index finds the corpus beside it
