"""The treaty register (`treatykg treaties`, queries/cq/cq18-treaty-register.rq), the labels it and the query tables
show, and the links to the publisher's pages: checked against the bundled corpus's texts and metadata files, not
against the program's own output."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import yaml

from helpers import CORPUS, GOV
from treatykg.cli.main import main
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.store.queries import OxigraphEngine, QueryError, find_query, parse_param

TREATY = DEFAULT_BASE + "akn/int/treaty/"
BLR_PRESS = TREATY + "blr-kaz/gov/2000/press-and-information"
SEED = TREATY + "blr-kaz/gov/2011/government-communications"
MIGRATION = TREATY + "blr-kaz/gov/2019/migration"
CROATIA = TREATY + "hrv-kaz/gov/nd/trade-and-economic-cooperation"
KYRGYZSTAN = TREATY + "kaz-kgz/gov/2000/government-communications"
USA = TREATY + "kaz-usa/gov/2001/secure-communications-line"
ACT_7887, ACT_8623 = GOV / "2001" / "0113-ob-utverzhdenii-soglasheniia-mezhdu-pravitelstvom-respubliki-kaz-7887", \
    GOV / "2001" / "0319-ob-utverzhdenii-soglasheniia-mezhdu-pravitelstvom-respubliki-kaz-8623"
ACT_11921 = GOV / "2002" / "0421-o-zakliuchenii-soglasheniia-mezhdu-pravitelstvom-respubliki-kaza-11921"
LOOK_ALIKES = str.maketrans({"i": "і", "I": "І", "Y": "Ү"})  # Latin letters the sources print for Kazakh ones


@pytest.fixture(scope="module")
def out(corpus_build):
    return corpus_build[0]


@pytest.fixture(scope="module")
def register_csv(out, tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("register") / "treaties.csv"
    assert main(["treaties", "--out", str(out), "--format", "csv", "--output", str(path)]) == 0
    return path.read_bytes()


@pytest.fixture(scope="module")
def rows(register_csv) -> dict[str, dict[str, str]]:
    """The register as a spreadsheet reads it: the CSV decoded (its byte-order mark dropped), by treaty."""
    reader = csv.DictReader(io.StringIO(register_csv.decode("utf-8-sig"), newline=""))
    return {row["treaty"]: row for row in reader}


def heading(path, line: int) -> str:
    """A title as the source file prints it on ``line``: without Markdown marks and the footnote star, with the
    Kazakh letters the source writes in Latin look-alikes, on one line."""
    text = " ".join(path.read_text(encoding="utf-8").splitlines()[line - 1].lstrip("#").replace("*", "").split())
    return text.translate(LOOK_ALIKES) if path.stem in ("kaz", "kk") or path.parent.name == "kaz" else text


def folded(text: str) -> str:
    return " ".join(text.split()).translate(LOOK_ALIKES)


# --- one correct row per treaty -----------------------------------------------------------------------------------

def test_one_row_per_treaty_of_the_corpus(rows):
    assert sorted(rows) == sorted([BLR_PRESS, SEED, MIGRATION, CROATIA, KYRGYZSTAN, USA])


def test_titles_in_kazakh_and_russian_as_the_texts_print_them(rows):
    assert folded(rows[BLR_PRESS]["title_kk"]) == heading(ACT_7887 / "kaz.md", 13)
    assert rows[BLR_PRESS]["title_ru"] == heading(ACT_7887 / "rus.md", 11)
    assert folded(rows[KYRGYZSTAN]["title_kk"]) == heading(ACT_8623 / "kaz.md", 11)
    assert rows[KYRGYZSTAN]["title_ru"] == heading(ACT_8623 / "rus.md", 11)
    # the source runs words together ("РеспубликасыныңҮкіметі", "туралыКЕЛІСІМ", corpus/SOURCES.md); the graph
    # has them apart
    assert heading(CORPUS / "kz-laws" / "kaz" / "148550.md", 29).startswith(
        "Қазақстан Республикасының Үкіметі мен Беларусь РеспубликасыныңҮкіметі арасындағы")
    assert rows[MIGRATION]["title_kk"] == ("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі "
                                           "арасындағы көші-қон саласындағы ынтымақтастық туралы КЕЛІСІМ")
    assert rows[MIGRATION]["title_ru"] == heading(CORPUS / "kz-laws" / "rus" / "148550.md", 29)
    assert folded(rows[USA]["title_kk"]) == heading(CORPUS / "kz-laws" / "kaz" / "17489.md", 9)
    assert rows[USA]["title_ru"] == heading(CORPUS / "kz-laws" / "rus" / "17489.md", 9)
    # printed over several lines (a code block in 11921, page lines in the seed, which is in Kazakh only)
    assert rows[CROATIA]["title_kk"] == ("Қазақстан Республикасының Үкіметі мен Хорватия Республикасының Үкіметі "
                                         "арасындағы Сауда-экономикалық ынтымақтастық туралы келісім")
    assert rows[CROATIA]["title_ru"] == ("Соглашение Правительством Республики Казахстан и Правительством Республики "
                                         "Хорватия о торгово-экономическом сотрудничестве")  # sic: no "между"
    assert rows[SEED]["title_kk"] == ("Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі "
                                      "арасындағы үкіметтік байланыс саласындағы ынтымақтастық туралы келісім")
    assert rows[SEED]["title_ru"] == ""


def test_parties_and_their_states_in_kazakh_russian_and_english(rows):
    kyrgyzstan = rows[KYRGYZSTAN]
    assert kyrgyzstan["parties_ru"] == ("Правительство Кыргызской Республики (Киргизия); "
                                        "Правительство Республики Казахстан (Казахстан)")
    # the preamble's names (8623 kaz.md line 15, "Қырғыз Республикасының Yкiметi"), sorted in code-point order
    assert kyrgyzstan["parties_kk"] == ("Қазақстан Республикасының Үкіметі (Қазақстан); "
                                        "Қырғыз Республикасының Үкіметі (Қырғызстан)")
    assert kyrgyzstan["parties_en"] == "Government of Kazakhstan (Kazakhstan); Government of Kyrgyzstan (Kyrgyzstan)"
    assert kyrgyzstan["party_states"] == "KAZ; KGZ"
    assert rows[USA]["parties_ru"] == ("Правительство Республики Казахстан (Казахстан); "
                                       "Правительство Соединенных Штатов Америки (Соединенные Штаты)")
    assert rows[CROATIA]["party_states"] == "HRV; KAZ" and rows[MIGRATION]["party_states"] == "BLR; KAZ"
    assert all(row["kind"].endswith("intergovernmental; signed") or row["kind"] == "bilateral; draft; intergovernmental"
               for row in rows.values())
    assert rows[SEED]["kind"] == rows[CROATIA]["kind"] == "bilateral; draft; intergovernmental"


def test_signing_as_the_closing_formulas_state_it(rows):
    # "Совершено в городе Бишкек 14 декабря 2000 года" / "Бішкек қаласында 2000 жылғы 14 желтоқсанда" (8623, line 103)
    assert [rows[KYRGYZSTAN][c] for c in ("signing_date", "signing_date_text_kk", "signing_date_text_ru",
                                          "signing_place_kk", "signing_place_ru", "signing_place_en")] == [
        "2000-12-14", "2000 жылғы 14 желтоқсанда", "14 декабря 2000 года", "Бішкек", "Бишкек", "Bishkek"]
    # "Совершено в г. Вашингтон, "21" декабря 2001 года" (17489 rus, line 51)
    assert (rows[USA]["signing_date"], rows[USA]["signing_date_text_ru"], rows[USA]["signing_place_ru"]) == (
        "2001-12-21", '"21" декабря 2001 года', "Вашингтон")
    assert (rows[BLR_PRESS]["signing_date"], rows[BLR_PRESS]["signing_place_en"]) == ("2000-10-05", "Astana")
    assert (rows[MIGRATION]["signing_date"], rows[MIGRATION]["signing_place_ru"]) == ("2019-10-25", "Нур-Султан")
    # drafts: the seed names the year only ("2011 жылғы ________ ______ қаласында"), 11921 not even that
    assert (rows[SEED]["signing_date"], rows[SEED]["signing_place_kk"]) == ("2011", "")
    assert (rows[CROATIA]["signing_date"], rows[CROATIA]["signing_place_ru"]) == ("", "")
    assert rows[CROATIA]["signing_date_text_ru"] == '"__" ___________ 200_ года'


def test_entry_into_force_duration_and_notice_as_the_articles_state_them(rows):
    for treaty in rows.values():  # every one enters into force on the last notification; none fixes a date
        assert treaty["entry_into_force_condition"].startswith("last-notification")
        assert treaty["entry_into_force_date"] == ""
    assert rows[MIGRATION]["entry_into_force_condition"] == "last-notification, through diplomatic channels"
    assert rows[MIGRATION]["entry_into_force_condition_ru"].startswith(
        "с даты получения последнего письменного уведомления по дипломатическим каналам")  # 148550 rus, art. 17
    # the editorial notes: "Вступило в силу 12 февраля 2001 года", "… 11 апреля 2001 года"
    assert (rows[BLR_PRESS]["entry_into_force_recorded"], rows[KYRGYZSTAN]["entry_into_force_recorded"]) == (
        "2001-02-12", "2001-04-11")
    # 7887 art. 11: five years, renewed for five-year periods unless notified six months before the end
    assert (rows[BLR_PRESS]["duration"], rows[BLR_PRESS]["termination_notice"]) == (
        "5 years, renewed tacitly for 5 years at a time", "P6M")
    for treaty in (KYRGYZSTAN, CROATIA, SEED):  # "на неопределенный срок", "айқындалмаған мерзімге"; six months
        assert (rows[treaty]["duration"], rows[treaty]["termination_notice"]) == ("indefinite", "P6M")
    assert (rows[MIGRATION]["duration"], rows[MIGRATION]["termination_notice"]) == ("", "P6M")  # no duration stated
    assert rows[USA]["termination_notice"] == "P1Y"  # "через 12 (двенадцать) месяцев"


def test_the_approving_act_its_pages_and_the_source_files(rows):
    expected = {  # corpus/SOURCES.md and the requisite lines of the meta.yaml files
        BLR_PRESS: ("government resolution", "43", "2001-01-13", "approves"),
        KYRGYZSTAN: ("government resolution", "360", "2001-03-19", "approves"),
        CROATIA: ("government resolution", "455", "2002-04-22", "approves the draft"),
        SEED: ("government resolution", "860", "2011-07-26", "approves the draft"),
        MIGRATION: ("law", "", "", "ratifies"),
        USA: ("law", "", "", "ratifies"),
    }
    for treaty, act in expected.items():
        assert tuple(rows[treaty][c] for c in ("act_kind", "act_number", "act_date", "relation")) == act, treaty
    assert rows[KYRGYZSTAN]["act"] == DEFAULT_BASE + "akn/kz/act/resolution/2001-03-19/360"
    assert rows[KYRGYZSTAN]["act_title_ru"] == heading(ACT_8623 / "rus.md", 1)
    assert folded(rows[KYRGYZSTAN]["act_title_kk"]) == heading(ACT_8623 / "kaz.md", 1)
    meta = yaml.safe_load((ACT_8623 / "meta.yaml").read_text(encoding="utf-8"))
    assert (rows[KYRGYZSTAN]["act_page_kk"], rows[KYRGYZSTAN]["act_page_ru"]) == (
        meta["source"]["kaz"], meta["source"]["rus"])
    assert rows[MIGRATION]["act_page_ru"] == ""  # kz-laws gives no address
    assert rows[MIGRATION]["source_files"] == "kz-laws/kaz/148550.md; kz-laws/rus/148550.md"
    assert rows[SEED]["source_files"] == "adilet/p2011-860-blr-govcomm-kk.txt"


# --- the file a spreadsheet opens ---------------------------------------------------------------------------------

def test_the_csv_opens_in_spreadsheets_and_reads_back(register_csv, rows):
    assert register_csv.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark: Excel reads it as UTF-8
    text = register_csv.decode("utf-8-sig")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")  # CRLF records, no line break in a cell
    header = next(csv.reader(io.StringIO(text)))
    assert header[0] == "treaty" and "parties_kk" in header and len(header) == len(set(header)) == 31
    # a cell with quotes ("21" декабря) comes back whole, as Excel's dialect quotes it
    import pandas  # in the lock, as the notebooks need it

    frame = pandas.read_csv(io.BytesIO(register_csv), dtype=str, keep_default_na=False)
    assert list(frame.columns) == header and len(frame) == 6
    assert frame.set_index("treaty").loc[USA, "signing_date_text_ru"] == '"21" декабря 2001 года'
    assert {r["treaty"]: r for r in frame.to_dict("records")} == rows


def test_without_bom_and_as_json_and_table(out, capsys, rows):
    assert main(["treaties", "--out", str(out), "--format", "csv", "--no-bom"]) == 0
    assert capsys.readouterr().out.startswith("treaty,title_kk,")
    assert main(["treaties", "--out", str(out), "--format", "json"]) == 0
    records = {r["treaty"]: r for r in json.loads(capsys.readouterr().out)}
    assert records[KYRGYZSTAN]["party_states"] == ["KAZ", "KGZ"] and records[SEED]["title_ru"] == []
    assert "; ".join(records[USA]["parties_kk"]) == rows[USA]["parties_kk"]
    assert main(["treaties", "--out", str(out), "--treaty", USA]) == 0
    table = capsys.readouterr().out
    assert table.startswith(USA + "\n") and table.endswith("(1 treaty)\n")  # the IRI whole
    assert "  signing_place_en " in table and "Washington" in table


def test_bad_input_is_one_line(tmp_path, capsys):
    assert main(["treaties", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no embedded store" in err and len(err.strip().splitlines()) == 1
    assert main(["treaties", "--out", str(tmp_path), "--treaty", "not an iri"]) == 1  # a literal: no such parameter
    assert capsys.readouterr().err.startswith("treatykg treaties:")


# --- labels -------------------------------------------------------------------------------------------------------

def labels_of(store: ox.Store, iri: str, predicate: str = "http://www.w3.org/2000/01/rdf-schema#label") -> set:
    query = f"SELECT DISTINCT ?l WHERE {{ <{iri}> <{predicate}> ?l }}"
    return {(s["l"].value, s["l"].language) for s in store.query(query, use_default_graph_as_union=True)}


ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


@pytest.fixture(scope="module")
def store(out):
    return ox.Store.read_only(str(out / "store"))


def test_every_resource_people_look_for_has_a_label(store):
    query = """PREFIX tkg: <https://w3id.org/treatykg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        SELECT DISTINCT ?x WHERE {
          VALUES ?class { tkg:Treaty tkg:Act org:FormalOrganization tkg:State tkg:Government tkg:Ministry tkg:Agency
                          tkg:NationalBank tkg:InternationalOrganisation tkg:Person tkg:Post tkg:Place }
          ?x a ?class FILTER NOT EXISTS { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"""
    assert list(store.query(query, use_default_graph_as_union=True)) == []


def test_labels_in_each_language_the_texts_give_and_forms_as_written(store):
    government = DEFAULT_BASE + "id/org/KGZ/government"
    assert labels_of(store, government) == {("Правительство Кыргызской Республики", "ru"),
                                            ("Қырғыз Республикасының Үкіметі", "kk"),
                                            ("Government of Kyrgyzstan", "en")}
    # the title's form (8623 kaz.md line 11, "Қырғыз Республикасы Үкiметiнiң") is another name, not a second label
    assert ("Қырғыз Республикасы Үкіметі", "kk") in labels_of(store, government, ALT_LABEL)
    assert labels_of(store, DEFAULT_BASE + "id/state/KAZ") == {("Kazakhstan", "en"), ("Казахстан", "ru"),
                                                               ("Қазақстан", "kk")}
    # "Уполномочить Есенбаева Мажита Тулеубековича" (11921 rus.md line 7): the name as written is an accusative
    person = DEFAULT_BASE + "id/person/esenbaev-m"
    assert ("Есенбаева Мажита Тулеубековича", "ru") in labels_of(store, person, ALT_LABEL)
    assert {lang for _, lang in labels_of(store, person)} == {"kk", "ru"}
    assert labels_of(store, DEFAULT_BASE + "id/place/bishkek") == {("Bishkek", "en"), ("Бишкек", "ru"),
                                                                   ("Бішкек", "kk")}
    authority = DEFAULT_BASE + "id/org/KGZ/ministry-of-national-security"  # 8623 art. 2
    assert labels_of(store, authority) == {("Министерство национальной безопасности Кыргызской Республики", "ru"),
                                           ("Қырғыз Республикасының Ұлттық қауіпсіздік министрлігі", "kk")}
    act = DEFAULT_BASE + "akn/kz/act/resolution/2001-03-19/360"
    assert labels_of(store, act) == {(heading(ACT_8623 / "rus.md", 1), "ru"), (heading(ACT_8623 / "kaz.md", 1), "kk")}
    assert {lang for _, lang in labels_of(store, KYRGYZSTAN)} == {"kk", "ru"}


def test_an_organisation_named_two_ways_is_a_warning_and_a_label_missing_is_a_warning(corpus_act_triples):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS

    from treatykg.validation.validator import validate

    act, triples = next((a, t) for a, t in corpus_act_triples if a.endswith("/360"))
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    government = URIRef(DEFAULT_BASE + "id/org/KGZ/government")
    graph.add((government, RDFS.label, Literal("Қырғызстан Үкіметі", lang="kk")))
    graph.remove((URIRef(KYRGYZSTAN), RDFS.label, None))
    report = validate(graph)
    found = {(r.shape, r.level, str(r.focus)) for r in report.results}
    assert ("tkgsh:OrganisationShape", "Warning", str(government)) in found
    assert ("tkgsh:LabelShape", "Warning", KYRGYZSTAN) in found
    assert report.violations == 0


# --- query tables -------------------------------------------------------------------------------------------------

def test_query_tables_print_iris_whole_or_prefixed_with_a_label_beside(out, capsys):
    assert main(["query", "cq15", "--out", str(out)]) == 0
    table = capsys.readouterr().out
    head = table.splitlines()[0].split()
    long_iris = [word for word in table.split() if word.startswith(DEFAULT_BASE) and len(word) > 80]
    assert long_iris and "…" not in "".join(long_iris)  # cut at 80 characters before
    assert main(["query", "cq02", "--out", str(out), "--param", f"treaty={KYRGYZSTAN}"]) == 0
    table = capsys.readouterr().out
    head = table.splitlines()[0].split()
    assert head[:2] == ["treaty", "treaty_label"] and "party_label" in head and "state_label" in head
    assert "tkg:Government" in table and "Government of Kyrgyzstan" in table and "Kyrgyzstan" in table
    assert main(["query", "cq02", "--out", str(out), "--param", f"treaty={KYRGYZSTAN}", "--lang", "ru"]) == 0
    assert "Правительство Кыргызской Республики" in capsys.readouterr().out


def test_what_a_table_prints_can_be_passed_back_as_a_parameter(out):
    engine = OxigraphEngine(out)
    query = find_query("cq17-external-links")
    assert parse_param("treaty=tkg:Treaty").term.value == "https://w3id.org/treatykg/ontology#Treaty"
    assert parse_param("x=euc:KAZ").term.value == "http://publications.europa.eu/resource/authority/country/KAZ"
    assert parse_param("x=https://example.org/a").term.value == "https://example.org/a"  # not a known prefix
    assert parse_param("x=just words").term.kind == "literal"
    with pytest.raises(QueryError):
        parse_param("x=tkg:has space")
    rows = engine.select(query, [parse_param(f"treaty={KYRGYZSTAN}")]).rows
    assert rows


# --- official sources ---------------------------------------------------------------------------------------------

def test_each_act_links_to_the_publishers_page_its_metadata_gives(store):
    query = """SELECT DISTINCT ?expression ?page WHERE {
        ?expression a <http://data.europa.eu/eli/ontology#LegalExpression> ;
                    <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?page }"""
    links = {(s["expression"].value, s["page"].value) for s in store.query(query, use_default_graph_as_union=True)}
    expected = set()
    acts = {"7887": "2001-01-13/43", "8623": "2001-03-19/360", "11921": "2002-04-22/455"}
    for folder in (ACT_7887, ACT_8623, ACT_11921):
        meta = yaml.safe_load((folder / "meta.yaml").read_text(encoding="utf-8"))
        for code, page in meta["source"].items():
            expected.add((f"{DEFAULT_BASE}akn/kz/act/resolution/{acts[str(meta['act_code'])]}/{code}", page))
    assert links == expected and len(links) == 6  # none for kz-laws and adilet, whose layouts give no address


@pytest.mark.parametrize("pages, page", [
    ({"kaz": "https://zan.gov.kz/client/#!/doc/1/kaz/01.01.2001"}, "https://zan.gov.kz/client/#!/doc/1/kaz/01.01.2001"),
    ({"rus": "https://zan.gov.kz/x"}, None),  # another language's page
    ({"kaz": "https://zan.gov.kz/a b"}, None),  # not an IRI as written
    ({"kaz": "javascript:alert(1)"}, None),
    ({"kaz": "zan.gov.kz/doc"}, None),
    ("https://zan.gov.kz/doc", None),  # not a mapping by language
    (None, None),
])
def test_official_page_takes_only_web_addresses(pages, page):
    from treatykg.rdf.graph import official_page

    assert official_page(pages, "kk") == page
