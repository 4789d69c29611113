"""Known defects of the extractors, as strict expected failures: each test asserts what should hold and fails today;
when a fix makes it pass, pytest reports XPASS as a failure, and the test (and its entry in KNOWN_WARNINGS) goes.

helpers.KNOWN_WARNINGS is what the defects show up as in validation: tkgsh:NormShape's ``bearerKind maxCount 1``
Warning on the norm, whose kk and ru graphs (one IRI: provision, modality, number) state two bearer kinds.
tests/integration/test_validate.py allows these warnings on the corpus, and no others.
"""

from __future__ import annotations

import pytest

from helpers import KNOWN_WARNINGS, parsed_corpus


def bearer_kinds(act_id: str, provision: str, modality: str = "obligation", number: int = 1) -> dict[str, str | None]:
    """The bearer kind of the norm ``{provision}/{modality}-{number}`` in each language version of a corpus act."""
    from treatykg.facts.extraction import extract_act

    act = next(a for a in parsed_corpus() if a.source.act_id == act_id)
    kinds = {}
    for language, (_, facts) in extract_act(act).versions.items():
        norms = [n for n in facts.norms if n.provision == provision and n.modality == modality]
        kinds[language] = norms[number - 1].bearer if len(norms) >= number else None
    return kinds


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "migration agreement (kz-laws 148550), art. 9 para. 3: the first obligation's bearer is detected in one "
    "language version and not in the other (kk 'parties', ru 'other'), so the norm gets two bearer kinds"))
def test_migration_art_9_para_3_norm_bearer_differs_between_kk_and_ru():
    kinds = bearer_kinds("148550", "art_9__para_3")
    assert kinds["kk"] == kinds["ru"], kinds


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "migration agreement (kz-laws 148550), art. 11 para. 5: the first obligation's bearer is detected in one "
    "language version and not in the other (kk 'parties', ru 'other'), so the norm gets two bearer kinds"))
def test_migration_art_11_para_5_norm_bearer_differs_between_kk_and_ru():
    kinds = bearer_kinds("148550", "art_11__para_5")
    assert kinds["kk"] == kinds["ru"], kinds


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "Croatia trade agreement (resolution 455), art. 6 para. 1: the Kazakh bearer detection misses the bearer "
    "the Russian text names (kk 'other', ru 'parties'), so the norm gets two bearer kinds"))
def test_hrv_trade_art_6_para_1_kazakh_norm_bearer_missed():
    kinds = bearer_kinds("11921", "art_6__para_1")
    assert kinds["kk"] == kinds["ru"], kinds


def test_each_known_warning_has_its_defect_test():
    names = [name for name in globals() if name.startswith("test_") and "bearer" in name]
    assert len(names) == len(KNOWN_WARNINGS) == 3
