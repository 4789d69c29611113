"""A treaty's timeline from the graph: when it was signed, when an act approved its draft, authorised its signing,
approved or ratified it, and when it entered into force; and its drawing, in one language.

Only what the graph states: a complete date (``eli:date_document`` of the treaty or of the act,
``eli:first_date_entry_in_force``, an editorial record's ``tkg:recordedDate``), a year alone
(``tkg:signingYear``), or no date at all (an act whose text gives none; entry into force on a condition, such as
the last notification, which is never turned into a date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from treatykg.explore.networks import FONT_FAMILY, PREFIXES, Source, pyplot, save_png, shorten

# The order of events on one day (an act approves a draft and authorises its signing the same day).
KINDS = ("draft approved", "signing authorised", "signed", "approved", "ratified", "in force")
RELATION_KINDS = {"approvesDraft": "draft approved", "authorises": "signing authorised", "approves": "approved",
                  "ratifies": "ratified"}


@dataclass(frozen=True)
class Event:
    """One event of a treaty's life. ``when`` is an ISO date, a year (``2011``) or None (the graph gives no date);
    ``source`` is the node that states it (the act, the treaty, the editorial record or the condition);
    ``detail`` what else the graph says: an act's number, or the kind of condition entry into force waits for."""

    when: str | None
    kind: str
    source: str
    detail: str | None = None

    @property
    def precision(self) -> str | None:
        return None if self.when is None else "year" if len(self.when) == 4 else "day"


QUERY = """SELECT DISTINCT ?treaty ?kind ?when ?source ?detail WHERE {  # ?treaty: bound by substitution
  { ?treaty eli:date_document ?when . BIND("signed" AS ?kind) BIND(?treaty AS ?source) }
  UNION { ?treaty tkg:signingYear ?when . BIND("signed" AS ?kind) BIND(?treaty AS ?source)
          FILTER NOT EXISTS { ?treaty eli:date_document ?complete } }
  UNION { ?source ?relation ?treaty . VALUES ?relation { tkg:approves tkg:approvesDraft tkg:ratifies }
          BIND(STRAFTER(STR(?relation), "#") AS ?kind)
          OPTIONAL { ?source eli:date_document ?when } OPTIONAL { ?source eli:number ?detail } }
  UNION { ?source tkg:authorises ?authorisation . ?authorisation tkg:authorisedToSign ?treaty .
          BIND("authorises" AS ?kind) OPTIONAL { ?source eli:date_document ?when }
          OPTIONAL { ?source eli:number ?detail } }
  UNION { ?treaty eli:first_date_entry_in_force ?when . BIND("in force" AS ?kind) BIND(?treaty AS ?source) }
  UNION { ?source tkg:recordFor ?treaty ; tkg:recordedDate ?when . BIND("in force" AS ?kind) }
  UNION { ?treaty tkg:hasClause ?clause . ?clause tkg:entryIntoForceCondition ?source .
          OPTIONAL { ?source tkg:conditionKind ?detail } BIND("in force" AS ?kind)
          FILTER NOT EXISTS { ?treaty eli:first_date_entry_in_force ?date }
          FILTER NOT EXISTS { ?record tkg:recordFor ?treaty ; tkg:recordedDate ?recorded } }
}"""


def timeline(source: Source, treaty: str) -> list[Event]:
    """The treaty's events in time order; those with no date come last. An entry into force on a condition is
    an event only while no date of entry into force is known. Two language versions that record the same date
    give one event."""
    try:
        node = ox.NamedNode(treaty)
    except ValueError:
        raise ValueError(f"not an IRI: {treaty!r}") from None
    solutions = source.store.query(PREFIXES + QUERY, use_default_graph_as_union=True,
                                   substitutions={ox.Variable("treaty"): node})
    assert isinstance(solutions, ox.QuerySolutions)
    events = set()
    for row in solutions:
        kind = str(row["kind"].value)
        when, detail = row["when"], row["detail"]
        events.add(Event(when.value if when is not None else None, RELATION_KINDS.get(kind, kind),
                         row["source"].value, detail.value if detail is not None else None))
    if any(e.kind == "in force" and e.when for e in events):  # a record's date, given in each language version
        dated = {e.when for e in events if e.kind == "in force" and e.when}
        events = {e for e in events if e.kind != "in force" or not e.when} | {
            min((e for e in events if e.kind == "in force" and e.when == when), key=lambda e: e.source)
            for when in dated}
    return sorted(events, key=lambda e: (e.when is None, position(e) or date.min, KINDS.index(e.kind), e.source))


def event_words(language: str) -> dict[str, str]:
    """What each event is called in a figure of ``language`` (lang/figure_wording.py; English is the key)."""
    from treatykg.lang.figure_wording import EVENT_WORDS

    return EVENT_WORDS.get(language, {})


def event_text(event: Event, language: str) -> str:
    """An event as a figure writes it: what happened, and when (or that only the year, or no date, is known)."""
    words = event_words(language)

    def say(english: str) -> str:
        return words.get(english, english)

    if event.kind == "in force" and event.when is None:
        what = f"{say('enters into force')}: {say('on a condition')}" + (f" ({event.detail})" if event.detail else "")
    elif event.detail and event.kind in RELATION_KINDS.values():
        what = f"{say(event.kind)} (№{event.detail})"
    else:
        what = say(event.kind)
    if event.when is None:
        when = say("no date")
    else:
        when = event.when if event.precision == "day" else f"{event.when}, {say('year only')}"
    return f"{what}\n{when}"


def position(event: Event) -> date | None:
    """Where an event stands on the time axis: its day, the middle of its year, or nowhere."""
    if event.when is None:
        return None
    return date.fromisoformat(event.when) if event.precision == "day" else date(int(event.when), 7, 1)


def levels(days: list[int], near: int) -> list[int]:
    """A level for each event (in time order): above (positive) and below (negative) the axis in turn, and further
    out when the last event on that side is fewer than ``near`` days before, so that texts do not cover each other."""
    chosen: list[int] = []
    last_on: dict[int, int] = {}  # level -> the day of the last event put there
    for index, day in enumerate(days):
        side = 1 if index % 2 == 0 else -1
        level = side
        while level in last_on and day - last_on[level] < near:
            level += side
        last_on[level] = day
        chosen.append(level)
    return chosen


def timeline_figure(events: list[Event], title: str | None = None, language: str = "en"):
    """The events on a time axis, in one language: each dated event a marker with its text above or below it
    (further out when a neighbour is near), a year known alone a bar over that year; the events with no date in a
    panel of their own on the right, with no time scale, as hollow markers. Each event's text has the gid
    ``event <n>`` (its index in ``events``)."""
    plt = pyplot()
    import matplotlib.dates as mdates

    dated = [(i, e) for i, e in enumerate(events) if e.when is not None]
    undated = [(i, e) for i, e in enumerate(events) if e.when is None]
    days = [(position(e) or date.min).toordinal() for _, e in dated]
    span = max(max(days, default=0) - min(days, default=0), 365)
    dated_levels = levels(days, near=span // 4)
    height = max([abs(level) for level in dated_levels] + [1])
    if undated:
        drawn, (axis, apart) = plt.subplots(1, 2, figsize=(13, 2.2 + 1.3 * height), dpi=100,
                                            gridspec_kw={"width_ratios": [4, 1]})
    else:
        drawn, axis = plt.subplots(figsize=(12, 2.2 + 1.3 * height), dpi=100)
        apart = None
    box = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "tab:blue", "linewidth": 0.5}

    def mark(on, x, level: int, index: int, hollow: bool) -> None:
        on.plot([x], [0], marker="o", markersize=10, zorder=3, markeredgecolor="tab:blue",
                markerfacecolor="white" if hollow else "tab:blue")
        on.plot([x, x], [0, 0.8 * level], color="tab:blue", linewidth=0.8, zorder=2)
        text = on.annotate(shorten_lines(event_text(events[index], language)), (x, 0.8 * level),
                           xytext=(0, 3 if level > 0 else -3), textcoords="offset points", ha="center",
                           va="bottom" if level > 0 else "top", fontsize=9, fontfamily=FONT_FAMILY, bbox=box)
        text.set_gid(f"event {index}")

    for (index, event), day, level in zip(dated, days, dated_levels, strict=True):
        if event.precision == "year":
            year = int(event.when or 0)
            axis.plot([date(year, 1, 1), date(year, 12, 31)], [0, 0], linewidth=6, alpha=0.35, color="tab:blue",
                      solid_capstyle="butt", zorder=2)
        mark(axis, mdates.date2num(date.fromordinal(day)), level, index, hollow=False)
    first, last = min(days, default=date(2000, 1, 1).toordinal()), max(days, default=date(2000, 1, 1).toordinal())
    axis.set_xlim(date.fromordinal(first - span // 3), date.fromordinal(last + span // 3))
    axis.xaxis.set_major_locator(mdates.AutoDateLocator())
    axis.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    for on in (axis, apart) if apart is not None else (axis,):
        on.axhline(0, color="grey", linewidth=1, zorder=1)
        on.set_ylim(-0.8 * height - 1.0, 0.8 * height + 1.0)
        on.yaxis.set_visible(False)
        for side in ("left", "right", "top"):
            on.spines[side].set_visible(False)
    if apart is not None:
        for slot, (index, _event) in enumerate(undated):
            mark(apart, slot, 1 if slot % 2 == 0 else -1, index, hollow=True)
        apart.set_xlim(-0.8, len(undated) - 0.2)
        apart.xaxis.set_visible(False)
        apart.spines["bottom"].set_visible(False)
    if title:
        drawn.suptitle(shorten(title, 100, 1))
    drawn.tight_layout()
    return drawn


def shorten_lines(text: str, width: int = 34) -> str:
    return "\n".join(shorten(line, width, 2) for line in text.split("\n"))


def treaty_title(source: Source, treaty: str, language: str) -> str | None:
    """The treaty's title in ``language``, from its language versions (eli:title), if the corpus has one."""
    from treatykg.explore.networks import code_of, label_of

    title = label_of(source, treaty, language)
    return None if title == code_of(treaty) else title


def draw_timeline(source: Source, treaty: str, path: Path, language: str = "en") -> list[Event]:
    """The treaty's timeline drawn in ``language`` under its title in that language, saved as PNG; the events."""
    events = timeline(source, treaty)
    save_png(timeline_figure(events, treaty_title(source, treaty, language), language), path)
    return events


TREATIES_READ = """SELECT DISTINCT ?treaty WHERE { ?treaty a tkg:Treaty ; tkg:draft ?draft } ORDER BY ?treaty"""


def treaties_read(source: Source) -> list[str]:
    """The treaties whose text the corpus holds (a cited treaty alone has no timeline to speak of)."""
    return [row["treaty"] for row in source.select(TREATIES_READ)]


def draw_timelines(source: Source, folder: Path, language: str = "en") -> dict[str, Path]:
    """One timeline per treaty the corpus holds, drawn in ``language`` into ``folder`` as
    ``timeline-<code>.png`` (the code: the last segments of the treaty's IRI); the files by treaty."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for treaty in treaties_read(source):
        path = folder / f"timeline-{'-'.join(treaty.rstrip('/').split('/')[-4:])}.png"
        draw_timeline(source, treaty, path, language)
        written[treaty] = path
    return written
