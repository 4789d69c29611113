"""International organisations that treaties name as parties, depositaries or the frame of an agreement, as Kazakh and
Russian texts name them.

API:

* ``ORGANISATIONS``: the table, one ``Organisation`` per organisation: ``key`` (an upper-case key of its own, the
  usual English abbreviation: "UN", "UNESCO", "COE", "CSTO"), ``name_en``, ``wikidata`` (only where certain, else
  None), and its names (full names and abbreviations) in Kazakh and Russian (lang/kk/organisations.py,
  lang/ru/organisations.py);
* ``BY_KEY``: an organisation by its key;
* ``organisation_mentions(text)``: every organisation ``text`` names, earliest first, one mention per
  organisation, as ``OrganisationMention(organisation, start, as_written)``. Names are found in every case form
  (lang/names.py), the longest name first, so that UNESCO's full name is UNESCO and
  not also the UN, and the OECD is not also the ECO. An abbreviation counts as written, in capitals.

The parties of a treaty may be an organisation and a state's government (a UNESCO centre agreement); such a party
acts for no state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from treatykg.lang.gazetteer import name_of
from treatykg.lang.kk import organisations as kk
from treatykg.lang.names import NameMatcher
from treatykg.lang.ru import organisations as ru


@dataclass(frozen=True)
class Organisation:
    key: str
    name_en: str
    wikidata: str | None
    names: tuple[tuple[str, str], ...]   # (language, name): full names and abbreviations


def _organisation(key: str, name_en: str, wikidata: str | None, ru: tuple[str, ...], kk: tuple[str, ...]):
    return Organisation(key, name_en, wikidata, tuple(("ru", n) for n in ru) + tuple(("kk", n) for n in kk))


# Each organisation by its key, with its English name and Wikidata item (only where certain); its names are in
# lang/kk/organisations.py and lang/ru/organisations.py.
_IDS = (
    ("UN", "United Nations", "Q1065"),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "Q7809"),
    ("COE", "Council of Europe", "Q8908"),
    ("CIS", "Commonwealth of Independent States", "Q7779"),
    ("CSTO", "Collective Security Treaty Organization", None),
    ("EURASEC", "Eurasian Economic Community", None),
    ("EAEU", "Eurasian Economic Union", None),
    ("SCO", "Shanghai Cooperation Organisation", "Q485207"),
    ("ECO", "Economic Cooperation Organization", None),
    ("OECD", "Organisation for Economic Co-operation and Development", "Q41550"),
    ("ISDB", "Islamic Development Bank", None),
    ("OIC", "Organisation of Islamic Cooperation", None),
    ("OSCE", "Organization for Security and Co-operation in Europe", "Q81299"),
    ("EU", "European Union", "Q458"),
    ("NATO", "North Atlantic Treaty Organization", "Q7184"),
    ("WTO", "World Trade Organization", "Q7825"),
    ("WHO", "World Health Organization", "Q7817"),
    ("IMF", "International Monetary Fund", "Q7804"),
    ("WB", "World Bank", "Q7164"),
    ("IBRD", "International Bank for Reconstruction and Development", None),
    ("EBRD", "European Bank for Reconstruction and Development", None),
    ("ADB", "Asian Development Bank", None),
    ("EDB", "Eurasian Development Bank", None),
    ("IAEA", "International Atomic Energy Agency", None),
)
ORGANISATIONS = tuple(_organisation(key, name_en, wikidata, ru.NAMES[key], kk.NAMES[key])
                      for key, name_en, wikidata in _IDS)
BY_KEY = {organisation.key: organisation for organisation in ORGANISATIONS}


@cache
def organisation_matcher() -> NameMatcher:
    return NameMatcher([name_of(o.key, name, language) for o in ORGANISATIONS for language, name in o.names])


@dataclass(frozen=True)
class OrganisationMention:
    organisation: Organisation
    start: int
    as_written: str


def organisation_mentions(text: str) -> list[OrganisationMention]:
    """Every international organisation named in ``text``, the earliest first (one mention per organisation)."""
    return [OrganisationMention(BY_KEY[m.key], m.start, m.as_written)
            for m in organisation_matcher().first_mentions(text)]
