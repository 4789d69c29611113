"""International organisations that treaties name as parties, depositaries or the frame of an agreement, as Kazakh and
Russian texts name them.

API:

* ``ORGANISATIONS``: the table, one ``Organisation`` per organisation: ``key`` (an upper-case key of its own, the
  usual English abbreviation: "UN", "UNESCO", "COE", "CSTO"), ``name_en``, ``wikidata`` (only where certain, else
  None), and its names (full names and abbreviations) in Kazakh and Russian;
* ``BY_KEY``: an organisation by its key;
* ``organisation_mentions(text)``: every organisation ``text`` names, earliest first, one mention per
  organisation, as ``OrganisationMention(organisation, start, as_written)``. Names are found in every case form
  (lang/names.py: "Организацией Объединенных Наций по вопросам образования, науки и культуры",
  "Еуропа Кеңесінің", "Ислам Даму Банкiнiң"), the longest name first, so that UNESCO's full name is UNESCO and
  not also the UN, and the OECD is not also the ECO. An abbreviation counts as written, in capitals.

The parties of a treaty may be an organisation and a state's government (a UNESCO centre agreement); such a party
acts for no state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from treatykg.lang.gazetteer import name_of
from treatykg.lang.names import NameMatcher


@dataclass(frozen=True)
class Organisation:
    key: str
    name_en: str
    wikidata: str | None
    names: tuple[tuple[str, str], ...]   # (language, name): full names and abbreviations


def _organisation(key: str, name_en: str, wikidata: str | None, ru: tuple[str, ...], kk: tuple[str, ...]):
    return Organisation(key, name_en, wikidata, tuple(("ru", n) for n in ru) + tuple(("kk", n) for n in kk))


ORGANISATIONS = (
    _organisation("UN", "United Nations", "Q1065",
                  ("Организация Объединенных Наций", "ООН"), ("Біріккен Ұлттар Ұйымы", "БҰҰ")),
    _organisation("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "Q7809",
                  ("Организация Объединенных Наций по вопросам образования, науки и культуры", "ЮНЕСКО"),
                  ("Білім, ғылым және мәдениет мәселелері жөніндегі Біріккен Ұлттар Ұйымы", "ЮНЕСКО")),
    _organisation("COE", "Council of Europe", "Q8908", ("Совет Европы",), ("Еуропа Кеңесі",)),
    _organisation("CIS", "Commonwealth of Independent States", "Q7779",
                  ("Содружество Независимых Государств", "СНГ"), ("Тәуелсіз Мемлекеттер Достастығы", "ТМД")),
    _organisation("CSTO", "Collective Security Treaty Organization", None,
                  ("Организация Договора о коллективной безопасности", "ОДКБ"),
                  ("Ұжымдық қауіпсіздік туралы шарт ұйымы", "ҰҚШҰ")),
    _organisation("EURASEC", "Eurasian Economic Community", None,
                  ("Евразийское экономическое сообщество", "ЕврАзЭС"),
                  ("Еуразия экономикалық қоғамдастығы", "Еуразиялық экономикалық қоғамдастық",
                   "Еуразия экономикалық қоғамдастық", "ЕурАзЭҚ")),
    _organisation("EAEU", "Eurasian Economic Union", None,
                  ("Евразийский экономический союз", "ЕАЭС"), ("Еуразиялық экономикалық одақ", "ЕАЭО")),
    _organisation("SCO", "Shanghai Cooperation Organisation", "Q485207",
                  ("Шанхайская организация сотрудничества", "ШОС"), ("Шанхай ынтымақтастық ұйымы", "ШЫҰ")),
    _organisation("ECO", "Economic Cooperation Organization", None,
                  ("Организация экономического сотрудничества", "ОЭС"),
                  ("Экономикалық ынтымақтастық ұйымы", "ЭЫҰ")),
    _organisation("OECD", "Organisation for Economic Co-operation and Development", "Q41550",
                  ("Организация экономического сотрудничества и развития", "ОЭСР"),
                  ("Экономикалық ынтымақтастық және даму ұйымы", "ЭЫДҰ")),
    _organisation("ISDB", "Islamic Development Bank", None, ("Исламский банк развития",), ("Ислам даму банкі",)),
    _organisation("OIC", "Organisation of Islamic Cooperation", None,
                  ("Организация исламского сотрудничества", "Организация Исламская конференция"),
                  ("Ислам ынтымақтастығы ұйымы",)),
    _organisation("OSCE", "Organization for Security and Co-operation in Europe", "Q81299",
                  ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),
                  ("Еуропадағы қауіпсіздік және ынтымақтастық ұйымы", "ЕҚЫҰ")),
    _organisation("EU", "European Union", "Q458", ("Европейский союз", "Евросоюз"), ("Еуропалық одақ",)),
    _organisation("NATO", "North Atlantic Treaty Organization", "Q7184",
                  ("Организация Североатлантического договора", "НАТО"),
                  ("Солтүстік Атлантика шарты ұйымы", "НАТО")),
    _organisation("WTO", "World Trade Organization", "Q7825",
                  ("Всемирная торговая организация", "ВТО"), ("Дүниежүзілік сауда ұйымы", "ДСҰ")),
    _organisation("WHO", "World Health Organization", "Q7817",
                  ("Всемирная организация здравоохранения", "ВОЗ"),
                  ("Дүниежүзілік денсаулық сақтау ұйымы", "ДДСҰ")),
    _organisation("IMF", "International Monetary Fund", "Q7804",
                  ("Международный валютный фонд", "МВФ"), ("Халықаралық валюта қоры", "ХВҚ")),
    _organisation("WB", "World Bank", "Q7164", ("Всемирный банк",), ("Дүниежүзілік банк",)),
    _organisation("IBRD", "International Bank for Reconstruction and Development", None,
                  ("Международный банк реконструкции и развития", "МБРР"),
                  ("Халықаралық қайта құру және даму банкі", "ХҚДБ")),
    _organisation("EBRD", "European Bank for Reconstruction and Development", None,
                  ("Европейский банк реконструкции и развития", "ЕБРР"),
                  ("Еуропа қайта құру және даму банкі", "ЕҚДБ")),
    _organisation("ADB", "Asian Development Bank", None, ("Азиатский банк развития", "АБР"), ("Азия даму банкі",)),
    _organisation("EDB", "Eurasian Development Bank", None,
                  ("Евразийский банк развития", "ЕАБР"), ("Еуразиялық даму банкі", "ЕДБ")),
    _organisation("IAEA", "International Atomic Energy Agency", None,
                  ("Международное агентство по атомной энергии", "МАГАТЭ"),
                  ("Атом энергиясы жөніндегі халықаралық агенттік", "МАГАТЭ")),
)
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
