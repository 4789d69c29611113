"""Typed clauses (extract.clauses): the seed as the issue pins it, the same facts in the Kazakh and Russian
versions of the corpus acts, and the rules that must never invent what the text does not say."""

from __future__ import annotations

import json
import re

import pytest

from helpers import corpus_version, parsed_corpus, synthetic_treaty
from treatykg.facts.clauses import extract_clauses
from treatykg.lang.clause_wording import SIGNATURE
from treatykg.lang.wording import pattern as wording
from treatykg.text.document import Article, Body, Item, ItemList, Text, Treaty


def _treaty(act_id: str, language: str) -> Treaty:
    return corpus_version(act_id, language).document.treaty


def _clauses(act_id: str, language: str):
    return extract_clauses(_treaty(act_id, language), language)


def _one(clauses, kind):
    found = [c for c in clauses if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.provision) for c in clauses]
    return found[0]


_synthetic = synthetic_treaty


SEED = "p2011-860-blr-govcomm"
SEED_EIF_CONDITION = ("Тараптардың оның күшіне енуі үшін қажетті мемлекетішілік рәсімдерді орындағаны туралы соңғы "
                      "жазбаша хабарламаны дипломатиялық арналар арқылы алған күнінен бастап")

# --- the seed, exactly --------------------------------------------------------------------------------------------

SEED_CLAUSES = [
    ("costs", "art_4__para_1", {"borne_by": "each-party"}),
    ("dispute-settlement", "art_9__para_1", {"means": ["consultations", "negotiations"]}),
    ("working-language", "art_10__para_1", {"language": "ru"}),
    ("non-affection", "art_11__para_1", {"scope": "other-international-treaties"}),
    ("amendment", "art_12__para_1", {"by_mutual_agreement": True, "form": "separate-protocols",
                                     "integral_part": True}),
    ("entry-into-force", "art_13__para_1", {"date": None, "condition": SEED_EIF_CONDITION,
                                            "condition_kind": "last-notification", "channel": "diplomatic"}),
    ("duration", "art_13__para_1", {"indefinite": True, "years": None, "tacit_renewal": False,
                                    "renewal_years": None, "until_condition": None, "notice": None}),
    ("provisional-application", "art_13__para_2", {"from": "signature", "until": "entry-into-force"}),
    ("termination", "art_14__para_1", {"by": "each-party", "how": "written-notification", "channel": "diplomatic",
                                       "notice": "P6M", "from": "receipt"}),
    ("authentic-languages", "conclusions", {"languages": ["ru"], "originals": 2, "equally_authentic": True,
                                            "prevailing": None}),
]


def test_seed_clauses_are_exactly_the_issues_facts():
    got = [(c.kind, c.provision, c.values) for c in _clauses(SEED, "kk")]
    assert got == SEED_CLAUSES


@pytest.mark.parametrize("kind, provision, values", SEED_CLAUSES, ids=[k for k, _, _ in SEED_CLAUSES])
def test_seed_clause(kind, provision, values):
    clause = _one(_clauses(SEED, "kk"), kind)
    assert (clause.provision, clause.values) == (provision, values)


def test_seed_entry_into_force_is_a_condition_not_a_date():
    clause = _one(_clauses(SEED, "kk"), "entry-into-force")
    assert clause.values["date"] is None
    assert "соңғы жазбаша хабарлама" in clause.values["condition"]
    assert clause.evidence.text.startswith("Осы Келісім Тараптардың")
    assert clause.evidence.text.endswith("күшіне енеді.")


def test_seed_evidence_points_at_the_provision():
    treaty = _treaty(SEED, "kk")
    nodes = {n.eid: n for n in treaty.walk()}
    for clause in _clauses(SEED, "kk"):
        node = nodes[clause.provision]
        assert clause.evidence.eid == clause.provision
        assert (clause.evidence.start, clause.evidence.end) == (node.start, node.end)
        assert clause.evidence.text in " ".join(node.text.split()) or clause.provision == "conclusions"
        assert not clause.evidence.editorial


def test_seed_termination_evidence_holds_both_sentences():
    clause = _one(_clauses(SEED, "kk"), "termination")
    assert "мәлімдей алады" in clause.evidence.text and "алты ай өткен соң" in clause.evidence.text


def test_all_values_are_json_serialisable():
    for act in parsed_corpus():
        for version in act.versions:
            for clause in extract_clauses(version.document.treaty, version.language):
                json.dumps(clause.values, ensure_ascii=False)


# --- the same facts in the corpus, Kazakh and Russian -------------------------------------------------------------

BOTH = pytest.mark.parametrize("language", ["kk", "ru"])


@BOTH
def test_148550_migration_agreement(language):
    clauses = _clauses("148550", language)
    eif = _one(clauses, "entry-into-force")
    assert eif.provision == "art_17__para_1"
    assert {k: eif.values[k] for k in ("date", "condition_kind", "channel")} == {
        "date": None, "condition_kind": "last-notification", "channel": "diplomatic"}
    assert _one(clauses, "termination").values == {"by": "each-party", "how": "written-notification",
                                                   "channel": "diplomatic", "notice": "P6M", "from": "receipt"}
    assert _one(clauses, "termination").provision == "art_17__para_1"
    working = _one(clauses, "working-language")
    assert (working.provision, working.values) == ("art_14__para_1", {"language": "ru"})
    assert _one(clauses, "amendment").values == {"by_mutual_agreement": True, "form": "protocol", "integral_part": True}
    assert _one(clauses, "dispute-settlement").values == {"means": ["consultations", "negotiations"]}
    assert (_one(clauses, "costs").provision, _one(clauses, "costs").values) == ("art_12__para_1",
                                                                                 {"borne_by": "each-party"})
    assert _one(clauses, "non-affection").values == {"scope": "other-international-treaties"}
    assert _one(clauses, "authentic-languages").values == {"languages": ["kk", "ru"], "originals": 2,
                                                           "equally_authentic": True, "prevailing": "ru"}
    assert not [c for c in clauses if c.kind == "duration"]   # the agreement states no term


@BOTH
def test_8623_kyrgyz_government_communications(language):
    clauses = _clauses("8623", language)
    eif = _one(clauses, "entry-into-force")
    assert (eif.provision, eif.values["date"], eif.values["condition_kind"], eif.values["channel"]) == (
        "art_8__para_1", None, "last-notification", None)
    assert _one(clauses, "duration").values == {"indefinite": True, "years": None, "tacit_renewal": False,
                                                "renewal_years": None, "until_condition": None, "notice": None}
    termination = _one(clauses, "termination")
    assert (termination.provision, termination.values) == ("art_9__para_1", {
        "by": "either-party", "how": "written-notification", "channel": None, "notice": "P6M", "from": "sending"})
    assert _one(clauses, "dispute-settlement").values == {"means": ["negotiations", "consultations"]}
    assert _one(clauses, "costs").values == {"borne_by": "each-party"}
    assert _one(clauses, "non-affection").values == {"scope": "other-international-agreements"}
    # "in two authentic copies" without "equally authentic": not claimed
    assert _one(clauses, "authentic-languages").values == {"languages": ["kk", "ky", "ru"], "originals": 2,
                                                           "equally_authentic": False, "prevailing": "ru"}


@BOTH
def test_7887_five_years_renewed_for_five_year_periods(language):
    clauses = _clauses("7887", language)
    duration = _one(clauses, "duration")
    assert (duration.provision, duration.values) == ("art_11__para_1", {
        "indefinite": False, "years": 5, "tacit_renewal": True, "renewal_years": 5, "until_condition": None,
        "notice": "P6M"})
    # the notice of non-renewal six months before the period ends is part of the duration, not a termination
    assert not [c for c in clauses if c.kind == "termination"]
    assert _one(clauses, "amendment").values == {"by_mutual_agreement": True, "form": "separate-protocols",
                                                 "integral_part": True}
    assert _one(clauses, "authentic-languages").values["prevailing"] == "ru"


@BOTH
def test_17489_lasts_while_start_or_inf_treaties_remain_in_force(language):
    clauses = _clauses("17489", language)
    duration = _one(clauses, "duration")
    assert duration.provision == "art_6__para_1"
    assert duration.values["indefinite"] is False and duration.values["years"] is None
    assert re.search(r"СШҚ-I|СНВ-I", duration.values["until_condition"])
    termination = _one(clauses, "termination")
    assert (termination.provision, termination.values) == ("art_6__para_2", {
        "by": "either-party", "how": "written-notification", "channel": None, "notice": "P12M", "from": None})
    eif = _one(clauses, "entry-into-force")
    assert eif.values["condition_kind"] == "last-notification" and eif.values["date"] is None


@BOTH
def test_11921_croatian_trade_agreement(language):
    clauses = _clauses("11921", language)
    eif = _one(clauses, "entry-into-force")
    assert (eif.provision, eif.values["condition_kind"], eif.values["channel"]) == (
        "art_16__para_1", "last-notification", "diplomatic")
    assert _one(clauses, "termination").values == {"by": "either-party", "how": "written-notification",
                                                   "channel": None, "notice": "P6M", "from": "sending"}
    assert _one(clauses, "duration").values["indefinite"] is True
    assert _one(clauses, "authentic-languages").values == {"languages": ["kk", "hr", "en", "ru"], "originals": 2,
                                                           "equally_authentic": True, "prevailing": "en"}


def _comparable(clause):
    """Kind, article and values, with the wording of a condition reduced to whether there is one."""
    values = {k: (v is not None if k in ("condition", "until_condition") else v) for k, v in clause.values.items()}
    article = re.match(r"(?:prot_\d+__)?art_\d+|conclusions", clause.provision).group(0)
    return clause.kind, article, json.dumps(values, sort_keys=True)


@pytest.mark.parametrize("act_id", ["7887", "8623", "11921", "17489", "148550"])
def test_kazakh_and_russian_versions_state_the_same_clauses(act_id):
    kk = sorted(_comparable(c) for c in _clauses(act_id, "kk"))
    ru = sorted(_comparable(c) for c in _clauses(act_id, "ru"))
    assert kk == ru


# --- general rules and negative checks ----------------------------------------------------------------------------


def test_no_date_is_invented_for_a_condition():
    seen = 0
    for act in parsed_corpus():
        for version in act.versions:
            for clause in extract_clauses(version.document.treaty, version.language):
                if clause.kind == "entry-into-force":
                    seen += 1
                    assert clause.values["condition"] is not None
                    assert clause.values["date"] is None
    assert seen == 11


@pytest.mark.parametrize("language, text", [
    ("kk", "Осы Келісім қол қойылған күнінен бастап күшіне енеді."),
    ("ru", "Настоящее Соглашение вступает в силу со дня подписания."),
])
def test_entry_into_force_from_signature_is_a_condition(language, text):
    clause = _one(extract_clauses(_synthetic(text), language), "entry-into-force")
    assert clause.values == {"date": None, "condition": clause.values["condition"], "condition_kind": "signature",
                             "channel": None}
    assert clause.values["condition"] in text


# The family's wordings of a condition, each read with its kind, the same in both languages (the kk and ru clauses
# share one node in the graph, so two kinds would be two values of conditionKind).
@pytest.mark.parametrize("language, text, kind", [
    # "мағлұмат", the older word for notice, as the last notification (held-out pool act 5100)
    ("kk", "Осы Келісім Тараптардың оның күшіне енуі үшін қажетті мемлекетішілік рәсімдерді орындағаны туралы жазбаша "
           "соңғы мағлұмат берген күннен бастап күшіне енеді.", "last-notification"),
    # "мәлімдеген", "мәлімдеме" notify as "уведомят", "уведомления" do (2125, 6635)
    ("kk", "Осы Келісім Уағдаласушы Тараптар осы Келісімнің күшіне енуі үшін қажетті процедуралардың бәрі орындалғаны "
           "туралы бір-біріне мәлімдеген күннен бастап күшіне енеді.", "notification"),
    ("kk", "Осы Келісім Тараптардың әрқайсысының оның күшіне енуі үшін қажетті мемлекет ішілік процедураларды "
           "орындағаны туралы жазбаша мәлімдеме алған күнінен бастап күшіне енеді.", "notification"),
    # the last "ескерту" (5757)
    ("kk", "Осы Келісім Тараптардың оның күшіне енуі үшін қажетті ішкі мемлекеттік процедураларды орындағаны жөніндегі "
           "соңғы жазбаша ескертуін алған күннен бастап күшіне енеді.", "last-notification"),
    # the last of the notifications (152646, 14497)
    ("kk", "Осы Хаттама оның күшіне енуі үшін қажетті мемлекетішілік рәсімдерді орындағаны туралы Тараптардың жазбаша "
           "хабарламаларының соңғысы дипломатиялық арналар арқылы алынған күннен бастап күшіне енеді.",
     "last-notification"),
    # signature, then notification: the notification decides (2172, 152917)
    ("kk", "Осы Келісім екі Уағдаласушы Тарап та оған қол қойғанда және ішкі формальдылықтарды олардың аяқталғаны "
           "туралы бір-біріне жазбаша хабарлаған кезде күшіне енеді және бес (5) жыл бойы қолданыста болады.",
     "notification"),
    ("ru", "Настоящее Соглашение вступает в силу, когда обе Договаривающиеся Стороны подпишут его и уведомят друг "
           "друга, что они завершили внутренние формальности и будет действовать в течении пяти (5) лет.",
     "notification"),
    ("ru", "Настоящее Соглашение вступает в силу после его подписания Сторонами, когда они письменно информируют друг "
           "друга о завершении процедур.", "notification"),
    # instruments of ratification, before the subject, from the governments that signed (56129)
    ("kk", "Конвенцияға қол қойған үш үкімет ратификациялау грамоталарын сақтауға тапсырғаннан кейін осы Конвенция "
           "аталған үкіметтер үшін күшіне енеді.", "other"),
    ("ru", "Как только ратификационные грамоты будут сданы на хранение тремя правительствами, подписавшими Конвенцию, "
           "настоящая Конвенция вступает в силу для этих правительств.", "other"),
    # together with another treaty (2349)
    ("ru", "Настоящий Протокол является неотъемлемой частью Соглашения о свободной торговле и вступает в силу "
           "одновременно с названным Соглашением.", "other"),
])
def test_the_condition_of_entry_into_force_and_its_kind(language, text, kind):
    clause = _one(extract_clauses(_synthetic(text), language), "entry-into-force")
    assert clause.values["date"] is None
    assert clause.values["condition"] and clause.values["condition"] in text
    assert clause.values["condition_kind"] == kind


@pytest.mark.parametrize("language, text", [
    ("kk", "Осы Келісім оған қол қойған күннен бастап уақытша күшіне енеді және Уағдаласушы Тараптар дипломатиялық "
           "арналар арқылы бір-біріне хабарлайтын соңғы жазбаша хабарлама күнінен бастап толық күшіне енеді."),
    ("ru", "Настоящее Соглашение временно вступает в силу с даты его подписания, и окончательно вступит в силу с даты "
           "последнего уведомления, которым Договаривающиеся Стороны информируют друг друга."),
])
def test_a_provisional_entry_into_force_is_not_the_treatys(language, text):
    clause = _one(extract_clauses(_synthetic(text), language), "entry-into-force")
    assert clause.values["condition_kind"] == "last-notification"
    assert not wording(SIGNATURE, language).search(clause.values["condition"])


@pytest.mark.parametrize("language, text, condition", [
    ("kk", "Неғұрлым кешеуілдетіп жіберілген нотаны алған күн осы Келісімнің күшіне енген датасы болып саналады.",
     "Неғұрлым кешеуілдетіп жіберілген нотаны алған күн"),
    ("ru", "Датой вступления Соглашения в силу будет считаться день получения более поздней ноты.",
     "день получения более поздней ноты"),
])
def test_the_date_of_entry_into_force_deemed_a_moment_is_a_condition(language, text, condition):
    clause = _one(extract_clauses(_synthetic(text), language), "entry-into-force")
    assert clause.values == {"date": None, "condition": condition, "condition_kind": "last-notification",
                             "channel": None}


def test_entry_into_force_words_without_a_condition_or_date_state_no_clause():
    text = "Настоящее Соглашение вступает в силу в порядке, установленном законодательством Сторон."
    assert [c for c in extract_clauses(_synthetic(text), "ru") if c.kind == "entry-into-force"] == []


@pytest.mark.parametrize("language, text", [
    ("kk", "Осы Келісім 2002 жылғы 1 қаңтардан бастап күшіне енеді."),
    ("ru", "Настоящее Соглашение вступает в силу с 1 января 2002 года."),
])
def test_a_stated_calendar_date_is_kept(language, text):
    clause = _one(extract_clauses(_synthetic(text), language), "entry-into-force")
    assert clause.values == {"date": "2002-01-01", "condition": None, "condition_kind": None, "channel": None}


def test_amendments_entering_into_force_are_not_the_treatys_entry_into_force():
    clauses = _clauses("148550", "ru")
    assert [c.provision for c in clauses if c.kind == "entry-into-force"] == ["art_17__para_1"]


@pytest.mark.parametrize("language, text, notice", [
    ("kk", "Тараптардың әрқайсысы осы Келісімнің қолданысын тоқтата алады, бұл жағдайда ол хабарлама алынған "
           "күнінен бастап 12 (он екі) ай өткен соң тоқтатылады.", "P12M"),
    ("kk", "Осы Келісімнің қолданысы хабарлама алынған күнінен бастап 6 ай өткен соң тоқтатылады.", "P6M"),
    ("kk", "Осы Келісімнің қолданысы хабарлама алынған күнінен бастап алты ай өткен соң тоқтатылады.", "P6M"),
    ("ru", "Действие настоящего Соглашения прекращается по истечении шести месяцев с даты получения уведомления.",
     "P6M"),
    ("ru", "Действие настоящего Соглашения прекращается по истечении 6 месяцев с даты получения уведомления.", "P6M"),
    ("ru", "Действие настоящего Соглашения прекращается через 12 (двенадцать) месяцев с даты получения "
           "уведомления.", "P12M"),
])
def test_notice_periods_in_words_or_digits(language, text, notice):
    clause = _one(extract_clauses(_synthetic(text), language), "termination")
    assert clause.values["notice"] == notice
    assert clause.values["from"] == "receipt"


def test_provisional_application_in_russian():
    text = "Настоящее Соглашение временно применяется с даты подписания до его вступления в силу."
    clause = _one(extract_clauses(_synthetic(text), "ru"), "provisional-application")
    assert clause.values == {"from": "signature", "until": "entry-into-force"}


def test_a_provision_without_clause_words_gives_nothing():
    text = "Тараптардың құзыретті органдары өзара іс-қимыл жасайды."
    assert extract_clauses(_synthetic(text), "kk") == []


def test_list_items_are_provisions_too():
    item = "Рабочим языком является русский язык."
    lst = ItemList(start=0, end=len(item), eid="art_1__list_1",
                   children=[Item(start=0, end=len(item), eid="art_1__list_1__item_1",
                                  children=[Text(0, len(item), item)])])
    treaty = Treaty(children=[Body(children=[Article(start=0, end=len(item), eid="art_1", num=1, children=[lst])])])
    clause = _one(extract_clauses(treaty, "ru"), "working-language")
    assert (clause.provision, clause.values) == ("art_1__list_1__item_1", {"language": "ru"})


# --- the family's wordings of duration and termination notice -----------------------------------------------------

def _duration(language: str, *paragraphs: str) -> dict:
    return _one(extract_clauses(_synthetic(*paragraphs), language), "duration").values


@pytest.mark.parametrize("language, text", [
    ("ru", "Настоящее Соглашение вступит в силу через 60 дней после того, как Стороны письменно уведомят друг друга, "
           "и будет действовать в течение неопределенного времени."),
    ("kk", "Осы Келісім күшіне енеді және қанша уақыт болса да қолданыла береді."),
    ("kk", "Бұл Шарттың мерзімі жоқ және ол жазбаша хабар жібергеннен кейін алты ай өткен соң өзінің қолданылуын "
           "тоқтатады."),
    ("kk", "Осы Келісімнің қолданылу мерзімі шектелмеген."),
])
def test_indefinite_duration_in_other_words(language, text):
    assert _duration(language, text)["indefinite"] is True


@pytest.mark.parametrize("language, text", [
    ("kk", "Осы Хаттама Тараптардың Үкіметі бекіткеннен кейін күшіне енеді және бес жыл бойына қолданылады."),
    ("kk", "Осы Келісім күшіне енген күннен бастап бес жыл бойы күшінде болады,"),
    ("ru", "Настоящий Протокол вступает в силу после его утверждения Правительствами Сторон и действует в течение "
           "5 лет."),
    ("ru", "Настоящее Соглашение действует в течение пяти лет и будет автоматически продлеваться на следующие "
           "пятилетние периоды."),
])
def test_a_term_of_years_the_treaty_is_in_force(language, text):
    assert _duration(language, text)["years"] == 5


@pytest.mark.parametrize("language, text", [
    ("ru", "Любая Сторона может денонсировать настоящую Конвенцию в любое время после того, как она действовала в "
           "течение пяти лет, путем уведомления в письменной форме."),
    ("kk", "Кез келген Тарап осы Конвенция бес жыл бойы қолданылғаннан кейін кез келген уақытта хабарлама жіберу "
           "арқылы оның күшін жоя алады."),
])
def test_years_in_force_before_a_denunciation_are_no_term(language, text):
    assert not [c for c in extract_clauses(_synthetic(text), language) if c.kind == "duration"]


@pytest.mark.parametrize("language, text, notice", [
    ("ru", "Настоящее Соглашение заключается сроком на пять лет и будет продлеваться автоматически на последующие "
           "пятилетние периоды, если ни одна из Сторон не уведомит в письменном виде другую Сторону не менее чем за "
           "шесть месяцев до истечения соответствующего срока о своем намерении прекратить его действие.", "P6M"),
    ("ru", "Настоящее Соглашение заключается сроком на 49 лет с автоматическим продлением на последующие 49-летние "
           "периоды, если ни одна из Сторон не уведомит другую Сторону не позднее, чем за один год до истечения "
           "текущего периода о своем намерении прекратить действие настоящего Соглашения.", "P1Y"),
    ("kk", "Осы Келісім бес жыл мерзімге жасалады, егер Тараптардың бірі оны бұзу туралы осы мерзімнің бітуіне кемінде "
           "алты ай қалғанда екінші Тарапқа жазбаша түрде хабарландырмаса, онда осы Келісімнің мерзімі келесі "
           "бесжылдық мерзімге өзінен-өзі ұзартылады.", "P6M"),
    ("kk", "Осы Келісім бес жыл мерзімге жасалады. Егер тиісті кезеңнің аяқталуына алты айға дейін Тараптардың "
           "ешқайсысы оның күшін тоқтатуға өз ниеті туралы екінші Тарапқа жазбаша хабарламаса, оның күші келесі "
           "бесжылдық кезеңге өздігінен ұзартылатын болады.", "P6M"),
])
def test_tacit_renewal_keeps_its_notice_of_non_renewal(language, text, notice):
    clauses = extract_clauses(_synthetic(text), language)
    duration = _one(clauses, "duration").values
    assert (duration["tacit_renewal"], duration["indefinite"], duration["notice"]) == (True, False, notice)
    assert not [c for c in clauses if c.kind == "termination"]


@pytest.mark.parametrize("language, text", [
    ("ru", "Настоящее Соглашение остается в силе до истечения шести месяцев с даты получения одной из Сторон "
           "письменного уведомления другой Стороны об ее намерении прекратить действие настоящего Соглашения."),
    ("ru", "Настоящее Соглашение вступает в силу с даты получения последнего письменного уведомления и действует до "
           "истечения шести месяцев с даты получения письменного уведомления одной из Сторон о намерении прекратить "
           "действия настоящего Соглашения."),
    ("kk", "Осы Келісім Тараптардың бірінің екінші Тараптан өзінің осы Келісімнің қолданылуын тоқтату ниеті туралы "
           "жазбаша хабарламасын алған күнінен бастап алты ай өткенге дейін күшінде қалады."),
])
def test_in_force_until_a_period_after_a_notice_is_open_ended(language, text):
    clauses = extract_clauses(_synthetic(text), language)
    assert _one(clauses, "duration").values["indefinite"] is True
    assert _one(clauses, "termination").values["notice"] == "P6M"


def test_in_force_until_a_period_after_a_notice_with_a_term_is_that_term():
    text = ("Настоящее Соглашение заключается сроком на пять лет. Действие Соглашения будет автоматически "
            "продлеваться на последующие пятилетние периоды и будет оставаться в силе до истечения 6 месяцев с даты, "
            "когда одна из Сторон направит письменное уведомление другой Стороне о своем намерении прекратить его "
            "действие.")
    duration = _duration("ru", text)
    assert (duration["indefinite"], duration["years"], duration["notice"]) == (False, 5, "P6M")


def test_in_force_until_a_notice_adds_no_second_duration():
    clauses = extract_clauses(_synthetic(
        "Настоящее Соглашение заключается на неопределенный срок.",
        "Настоящее Соглашение будет оставаться в силе до истечения шести месяцев с даты, когда одна из Сторон направит "
        "письменное уведомление другой Стороне о своем намерении прекратить его действие."), "ru")
    assert _one(clauses, "duration").provision == "art_1__para_1"


@pytest.mark.parametrize("language, text, until", [
    ("ru", "Настоящее Соглашение вступает в силу с даты получения последнего письменного уведомления и действует до "
           "31 декабря 2007 года.", "до 31 декабря 2007 года"),
    ("kk", "Осы Келісім соңғы жазбаша хабар алынғаннан кейін күшіне енеді және 2007 жылғы 31 желтоқсанға дейін "
           "күшінде болады.", "2007 жылғы 31 желтоқсанға дейін"),
    ("ru", "Настоящее Соглашение остается в силе до момента полного выполнения всех его положений.",
     "до момента полного выполнения всех его положений"),
    ("kk", "Осы Келісім өзінің барлық қаулылары толығымен орындалған сәтке дейін өз күшін сақтайды.",
     "Осы Келісім өзінің барлық қаулылары толығымен орындалған сәтке дейін"),
    ("ru", "Настоящее Соглашение прекращает свое действие с момента полной передачи военного имущества.",
     "с момента полной передачи военного имущества"),
    ("kk", "Тараптардың осы Хаттамада көзделген барлық міндеттемелері орындалған кезден бастап осы Хаттаманың "
           "қолданылуы тоқтатылады.", "Тараптардың осы Хаттамада көзделген барлық міндеттемелері орындалған кезден "
                                    "бастап"),
])
def test_in_force_until_a_date_or_an_event_is_a_condition(language, text, until):
    duration = _duration(language, text)
    assert (duration["until_condition"], duration["indefinite"], duration["years"]) == (until, False, None)


def test_an_end_for_some_matters_only_is_no_duration():
    text = ("Действие настоящего Соглашения в отношении проданного имущества автоматически прекращается с момента "
            "передачи права собственности.")
    assert not [c for c in extract_clauses(_synthetic(text), "ru") if c.kind == "duration"]


@pytest.mark.parametrize("language, text", [
    ("ru", "Каждая Сторона может прекратить действие настоящего Соглашения путем письменного уведомления другой "
           "Стороны. В этом случае оно прекращает свое действие через шесть месяцев с даты получения такого "
           "уведомления."),
    ("kk", "Әр Тарап екінші Тарапты жазбаша хабардар ету жолымен осы Келісімнің күшін тоқтата алады. Мұндай жағдайда "
           "осындай хабарламаны алған күннен бастап алты айдан кейін ол өзінің күшін тоқтатады."),
])
def test_the_notice_in_the_sentence_that_continues_the_termination(language, text):
    clause = _one(extract_clauses(_synthetic(text), language), "termination")
    assert (clause.values["by"], clause.values["notice"], clause.values["from"]) == ("each-party", "P6M", "receipt")


@pytest.mark.parametrize("language, text", [
    ("ru", "Каждая Сторона может выйти из настоящего Соглашения, направив депозитарию письменное уведомление не "
           "позднее, чем за шесть месяцев до выхода."),
    ("ru", "Любая Сторона может выйти из Соглашения путем направления за 6 месяцев до выхода письменного уведомления "
           "депозитарию."),
    ("kk", "Кез келген Тарап Келісімнен шығатын ниетін шығудан 6 ай бұрын депозитарийге жазбаша хабарлау жолымен шыға "
           "алады."),
    ("kk", "Әрбір Тарап депозитарийге шыққанға дейін алты айдан кешіктірмей жазбаша хабарлама жібере отырып, осы "
           "Келісімнен шыға алады."),
])
def test_a_withdrawal_and_its_notice(language, text):
    assert _one(extract_clauses(_synthetic(text), language), "termination").values["notice"] == "P6M"


@pytest.mark.parametrize("language, text", [
    ("ru", "Настоящее Соглашение заключено на неопределенный срок и будет оставаться в силе до тех пор, пока одна из "
           "Сторон письменно не уведомит другую Сторону о своем намерении прекратить его действие. В этом случае "
           "действие настоящего Соглашения прекращается на девяностый день после получения уведомления."),
    ("kk", "Осы Келісім белгісіз мерзімге жасалды және Тараптардың бірі оның қолданысын тоқтататыны туралы екінші "
           "Тарапқа жазбаша хабарлаған уақытқа дейін күшінде болады. Мұндай жағдайда екінші Тарап хабарламаны "
           "алғаннан кейінгі тоқсаныншы күні осы Келісімнің қолданысы тоқтатылады."),
])
def test_a_notice_that_ends_on_an_ordinal_day(language, text):
    clauses = extract_clauses(_synthetic(text), language)
    assert _one(clauses, "termination").values["notice"] == "P90D"
    assert _one(clauses, "duration").values["indefinite"] is True


def test_the_notice_is_the_terminations_not_the_entry_into_force_delay():
    text = ("Осы Келісім Тараптар бір-бірін хабардар еткен соң 60 күннен кейін күшіне енеді және егер Тараптардың "
            "бірінен оның күшін жою туралы жазбаша хабар келіп түспесе, қанша уақыт болса да қолданыла береді, ал бұл "
            "орайда хабар алынған күннен бастап 6 айдан кейін Келісімнің қолданылуы тоқтатылады.")
    clauses = extract_clauses(_synthetic(text), "kk")
    assert _one(clauses, "termination").values["notice"] == "P6M"
    assert _one(clauses, "duration").values["indefinite"] is True


@pytest.mark.parametrize("language, first, then", [
    ("ru", "1. Любая Договаривающаяся Сторона может денонсировать настоящую Конвенцию в любое время путем уведомления "
           "в письменной форме на имя Генерального секретаря.",
     "2. Такая денонсация вступает в силу через шесть месяцев после даты получения уведомления Генеральным "
     "секретарем."),
    ("kk", "1. Кез келген Уағдаласушы Тарап Бас хатшының атына жазбаша нысанда хабарлама жіберу арқылы осы "
           "Конвенцияның күшін жоя алады.",
     "2. Мұндай күшін жою Бас хатшы хабарлама алған күннен бастап алты ай өткен соң күшіне енеді."),
])
def test_a_denunciation_whose_notice_the_next_paragraph_states(language, first, then):
    clause = _one(extract_clauses(_synthetic(first, then), language), "termination")
    assert (clause.provision, clause.values["notice"], clause.values["from"]) == ("art_1__para_1", "P6M", "receipt")


def test_another_treaty_losing_its_force_is_no_termination():
    text = ("Осы Келісім күшіне енген күннен бастап КСРО Үкіметі мен Куба Республикасының Үкіметі арасындағы 1985 "
            "жылғы 10 қаңтардағы келісім күшін жояды.")
    assert not [c for c in extract_clauses(_synthetic(text), "kk") if c.kind == "termination"]


# --- the registry of per-sentence detectors -----------------------------------------------------------------------

def test_every_sentence_kind_is_registered_once_in_document_order():
    from treatykg.facts.clauses import SENTENCE_DETECTORS
    from treatykg.rdf.graph import CLAUSE_CLASSES

    assert list(SENTENCE_DETECTORS) == ["entry-into-force", "provisional-application", "amendment",
                                        "dispute-settlement", "working-language", "costs", "non-affection"]
    # the kinds read across sentences, provisions or from the closing formula are read by extract_clauses itself
    assert set(SENTENCE_DETECTORS) | {"duration", "termination", "authentic-languages"} == set(CLAUSE_CLASSES)


def test_a_detector_registered_for_a_new_kind_is_called_by_extract_clauses():
    from treatykg.facts import clauses

    seen: list[tuple[str, str]] = []

    @clauses.sentence_detector("test-kind")
    def _test_kind(sentence: str, language: str):
        seen.append((sentence, language))
        return {"scope": "marked"} if "Стороны" in sentence else None

    try:
        text = "Работы ведутся круглый год. Стороны сотрудничают."
        found = extract_clauses(_synthetic(text), "ru")
        assert seen == [("Работы ведутся круглый год.", "ru"), ("Стороны сотрудничают.", "ru")]
        clause = _one(found, "test-kind")
        assert (clause.provision, clause.values, clause.evidence.text) == (
            "art_1__para_1", {"scope": "marked"}, "Стороны сотрудничают.")
    finally:
        del clauses.SENTENCE_DETECTORS["test-kind"]
    assert "test-kind" not in clauses.SENTENCE_DETECTORS
    assert not [c for c in extract_clauses(_synthetic(text), "ru") if c.kind == "test-kind"]
