"""Write N treaty acts in the real source layouts by varying the bundled real acts.

    python benchmarks/make_corpus.py N OUT

Each generated act is a bundled act with another act number and date, possibly another partner state,
and repairs for the normaliser to make (CRLF line endings, a byte-order mark, Latin look-alike letters).
OUT/expected.json records, for every act, the facts the builder must find (articles, parties, partner
state, act number and date), so that a scale run checks correctness and not only speed.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "builders"))

from treatykg.atomic import write_atomic  # noqa: E402
from treatykg.pipeline import parse_path  # noqa: E402
from treatykg.resources import corpus_dir  # noqa: E402

# Partners that can stand in for Belarus: (Kazakh name, Russian name, ISO code). The Kazakh and Russian
# texts name Belarus as "Беларусь Республикасы" and "Республика Беларусь", so the swap keeps the grammar.
PARTNERS = (("Беларусь", "Беларусь", "BLR"), ("Армения", "Армения", "ARM"), ("Молдова", "Молдова", "MDA"),
            ("Грузия", "Грузия", "GEO"))
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")


def templates() -> list[dict]:
    """The bundled acts, with what the builder finds in them."""
    out = []
    for act in parse_path(corpus_dir()):
        treaty = act.versions[0].document.treaty
        files = {v.language: v.path for v in act.versions}
        out.append({"layout": act.source.layout, "act_id": act.source.act_id, "files": files,
                    "meta": act.source.metadata.source, "articles": len(treaty.articles),
                    "annex_articles": [len(a.articles) for a in treaty.annexes],
                    "parties": len(treaty.parties_named),
                    "belarus": any("Беларусь" in p for p in treaty.parties_named)})
    return out


def vary(text: str, n: int, partner: tuple[str, str, str] | None, look_alikes: bool) -> str:
    if partner:
        text = text.replace("Беларусь", partner[0] if re.search("[әғқңөұүһі]", text) else partner[1])
    if look_alikes:  # the Latin letters the real corpus uses for Kazakh і and Ү
        text = re.sub(r"(?<=[а-яә])і(?=[а-яә])", "i", text, count=40)
    return text


def encode(text: str, n: int) -> bytes:
    if n % 5 == 1:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return codecs.BOM_UTF8 + data if n % 7 == 3 else data


def main() -> None:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: make_corpus.py N OUT")
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    bases = templates()
    expected = []
    for n in range(count):
        base = bases[n % len(bases)]
        partner = PARTNERS[(n // len(bases)) % len(PARTNERS)] if base["belarus"] else None
        look_alikes = n % 3 == 2
        number = str(10000 + n)
        year = 1995 + n % 25
        day, month = 1 + n % 28, 1 + n % 12
        name = f"g{n:06d}"
        if base["layout"] == "adilet":
            target = out / "adilet" / f"{name}-kk.txt"
            text = base["files"]["kk"].read_text(encoding="utf-8")
            text = text.replace("2011 жылғы 26 шілдедегі № 860", f"{year} жылғы {day} "
                                f"{('қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы')[month - 1]} № {number}")
            write_atomic(target, encode(vary(text, n, partner, look_alikes), n))
            date = f"{year:04d}-{month:02d}-{day:02d}"
        elif base["layout"] == "kazakhstan-law-government":
            folder = out / "kazakhstan-law-government" / str(year) / name
            meta = base["meta"].read_text(encoding="utf-8")
            meta = re.sub(r"от \d+ \w+ \d{4} года (?:№|N) \d+", f"от {day} {MONTHS_RU[month - 1]} {year} года № {number}", meta)
            meta = re.sub(r"act_code: '\d+'", f"act_code: '{name}'", meta)
            meta = re.sub(r"approved_on: \d{4}-\d{2}-\d{2}", f"approved_on: {year:04d}-{month:02d}-{day:02d}", meta)
            write_atomic(folder / "meta.yaml", meta)
            for language, path in base["files"].items():
                text = path.read_text(encoding="utf-8")
                write_atomic(folder / path.name, encode(vary(text, n, partner, look_alikes), n))
            date = f"{year:04d}-{month:02d}-{day:02d}"
            number = number
        else:
            for language, path in base["files"].items():
                text = path.read_text(encoding="utf-8")
                write_atomic(out / "kz-laws" / path.parent.name / f"{name}.md", encode(vary(text, n, partner, look_alikes), n))
            date, number = None, None
        expected.append({"act": name, "template": base["act_id"], "layout": base["layout"], "date": date,
                         "number": number, "articles": base["articles"], "annex_articles": base["annex_articles"],
                         "parties": base["parties"], "partner": partner[2] if partner else None,
                         "versions": len(base["files"])})
    write_atomic(out / "expected.json", json.dumps(expected, ensure_ascii=False, indent=1))
    print(f"{count} acts written to {out}")


if __name__ == "__main__":
    main()
