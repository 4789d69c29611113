"""Issue 18 defect 12: an ill-typed literal ("twelve"^^xsd:integer, "2011-02-31"^^xsd:date) is a violation that
``treatykg validate`` reports with its node and source file, not a crash or a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from helpers import ROOT

INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
DATE = "<http://www.w3.org/2001/XMLSchema#date>"
ARTICLE = "https://w3id.org/treatykg/akn/int/treaty/blr-kaz/gov/2011/government-communications/art_10"


def test_defect12_an_ill_typed_literal_is_a_reported_violation(corpus_build, tmp_path):
    text = (corpus_build[0] / "treatykg.nt").read_text(encoding="utf-8")
    text, integers = re.subn(rf'(<{re.escape(ARTICLE)}> \S+numberValue> )"10"\^\^{re.escape(INTEGER)}',
                             rf'\1"twelve"^^{INTEGER}', text)
    text, dates = re.subn(rf'"2011-07-26"\^\^{re.escape(DATE)}', f'"2011-02-31"^^{DATE}', text)
    assert integers == 1 and dates >= 1
    bad = tmp_path / "ill-typed.nt"
    bad.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "builders")}
    done = subprocess.run([sys.executable, "-m", "treatykg.cli", "validate", str(bad)], capture_output=True,
                          text=True, env=env, timeout=600)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr + done.stdout and "RecursionError" not in done.stderr
    report = done.stdout
    assert re.search(rf'VIOLATION: .*\(value: "twelve"\^\^{re.escape(INTEGER)}\)\n  focus: {re.escape(ARTICLE)} '
                     r"\[adilet/p2011-860-blr-govcomm-kk\.txt:\d+-\d+\]", report)
    assert f'(value: "2011-02-31"^^{DATE})' in report


def test_injection_a_remote_jsonld_context_is_not_fetched(tmp_path):
    import json
    import socket

    import pytest

    from treatykg.validation.validator import ValidationInputError, validate

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": [f"http://127.0.0.1:{port}/context.jsonld"], "@id": "http://x/a"}))
    try:
        with pytest.raises(ValidationInputError, match="context named by URL .* is not fetched"):
            validate(path)
        with pytest.raises(OSError):  # nobody came
            listener.accept()
    finally:
        listener.close()


def test_injection_xml_entities_are_refused_in_rdfxml(tmp_path):
    import pytest

    from treatykg.validation.validator import ValidationInputError, validate

    path = tmp_path / "bomb.rdf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]>\n'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
                    'rdf:about="http://x/a"><rdf:value>&b;</rdf:value></rdf:Description></rdf:RDF>\n')
    with pytest.raises(ValidationInputError, match=r"bomb\.rdf:2: XML entity declarations are refused"):
        validate(path)
