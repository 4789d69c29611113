"""A treaty's timeline: its events as the graph states them (no date is made up), and their drawing in one
language, each event's text apart from the others."""

import matplotlib.pyplot as plt
import pytest

from treatykg.explore.networks import Source
from treatykg.explore.timeline import Event, draw_timeline, levels, timeline, timeline_figure
from treatykg.rdf.vocab import DEFAULT_BASE

TREATIES = DEFAULT_BASE + "akn/int/treaty/"
SEED_TREATY = TREATIES + "blr-kaz/gov/2011/government-communications"
SEED_ACT = DEFAULT_BASE + "akn/kz/act/resolution/2011-07-26/860"


@pytest.fixture(scope="module")
def source(corpus_build):
    return Source.from_build(corpus_build[0])


def test_the_seed_timeline_is_what_its_act_and_its_text_say(source):
    assert timeline(source, SEED_TREATY) == [
        Event("2011", "signed", SEED_TREATY),  # "2011 жылғы ________": the draft gives the year alone
        Event("2011-07-26", "draft approved", SEED_ACT, "860"),
        Event("2011-07-26", "signing authorised", SEED_ACT, "860"),
        Event(None, "in force", SEED_TREATY + "/clause/entry-into-force/art_13/condition", "last-notification"),
    ]


def test_a_recorded_entry_into_force_is_one_dated_event_and_replaces_the_condition(source):
    treaty = TREATIES + "blr-kaz/gov/2000/press-and-information"
    events = timeline(source, treaty)
    assert [(e.when, e.kind) for e in events] == [
        ("2000-10-05", "signed"), ("2001-01-13", "approved"), ("2001-02-12", "in force")]
    assert events[1].source == DEFAULT_BASE + "akn/kz/act/resolution/2001-01-13/43"


def test_a_law_with_no_date_ratifies_with_no_date(source):
    events = timeline(source, TREATIES + "blr-kaz/gov/2019/migration")
    assert [(e.when, e.kind) for e in events] == [("2019-10-25", "signed"), (None, "ratified"), (None, "in force")]


def test_a_bad_treaty_iri_is_refused(source):
    with pytest.raises(ValueError, match="not an IRI"):
        timeline(source, "https://example.org/a b")


def test_the_timeline_figure_is_in_one_language_with_every_event(source, tmp_path):
    events = timeline(source, SEED_TREATY)
    drawn = timeline_figure(events, "Title " * 30, language="kk")
    texts = {t.get_gid(): t.get_text() for axis in drawn.axes for t in axis.texts}
    title = drawn._suptitle.get_text()
    plt.close(drawn)
    assert sorted(texts) == [f"event {i}" for i in range(len(events))]
    assert texts["event 0"] == "қол қойылды\n2011, тек жылы белгілі"
    assert texts["event 1"] == "жобасы мақұлданды (№860)\n2011-07-26"
    assert texts["event 3"].startswith("күшіне енеді: шарт орындалғанда") and texts["event 3"].endswith("күні белгісіз")
    assert title.endswith("…") and len(title) <= 100
    written = draw_timeline(source, SEED_TREATY, tmp_path / "seed.png", language="ru")
    assert written == events and (tmp_path / "seed.png").read_bytes()[:4] == b"\x89PNG"


def test_event_texts_do_not_cover_each_other(source):
    drawn = timeline_figure(timeline(source, SEED_TREATY), language="en")
    drawn.canvas.draw()
    renderer = drawn.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for axis in drawn.axes for t in axis.texts]
    plt.close(drawn)
    assert len(boxes) == 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)


def test_near_events_go_further_out_on_their_side():
    assert levels([0, 10, 20, 400, 410], near=100) == [1, -1, 2, -1, 1]
