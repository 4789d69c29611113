"""Encodings and line endings: the same text gives the same model, and the encoding used is reported."""

import codecs

import pytest

from helpers import SEED
from treatykg.text.parsed import parse_path
from treatykg.text.readers import decode_bytes
from treatykg.text.render import render

TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, data, label", [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 with BOM"),
    ("utf-16-le", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16 with BOM"),
    ("utf-16-be", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16 with BOM"),
])
def test_unicode_encodings_decode_to_the_same_text(encoding, data, label):
    decoded = decode_bytes(data, "x.txt")
    assert decoded.text == TEXT
    assert decoded.encoding_label == label


def test_cp1251_is_the_legacy_fallback():
    russian = "Статья 1\nСтороны согласились о нижеследующем.\n"
    decoded = decode_bytes(russian.encode("cp1251"), "x.txt")
    assert decoded.encoding == "cp1251" and decoded.text == russian


def _parse_bytes(tmp_path, data: bytes, name="p2011-860-blr-govcomm-kk.txt"):
    target = tmp_path / name
    target.write_bytes(data)
    [act] = parse_path(target)
    return act.versions[0]


@pytest.mark.parametrize("transform", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
], ids=["utf8-lf", "utf8bom-crlf", "utf16-crlf"])
def test_same_model_whatever_the_encoding_and_line_endings(tmp_path, transform):
    reference = _parse_bytes(tmp_path / "ref", TEXT.encode("utf-8")) if (tmp_path / "ref").mkdir() is None else None
    other = _parse_bytes(tmp_path, transform(TEXT))
    assert render(other.document) == render(reference.document)
    assert [a.num for a in other.document.treaty.articles] == list(range(1, 15))
    if b"\r\n" in transform(TEXT) or b"\r\x00\n" in transform(TEXT):
        assert other.version.text.newline == "CRLF"
        assert "line-ending" in other.normalised.repair_counts()
