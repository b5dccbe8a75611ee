"""The public list of awarded authorities: which awards, HTML (strict parse, headers, escaping,
sorting without scripts), CSV for German Excel, JSON against its schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import html5lib
import jsonschema
import pytest
from publication_data import add_application, known_database, set_status_on

from digiamt_desk.domain.review import Status
from digiamt_desk.services import approval, publish
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.publish_html import SORTS
from digiamt_desk.store.tables import APPLICATIONS

NS = {"h": "http://www.w3.org/1999/xhtml"}
STAND = date(2026, 3, 5)


def parse_strict(content: bytes) -> object:
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(content)


def table_rows(content: bytes) -> list[list[str]]:
    tree = parse_strict(content)
    rows = tree.findall(".//h:tbody/h:tr", NS)  # type: ignore[attr-defined]
    return [["".join(cell.itertext()).strip() for cell in row] for row in rows]


def test_only_awards_in_force_are_listed(desk: Desk) -> None:
    known_database(desk)
    awards = publish.final_awards(desk)
    # Reopened Rosenheim, rejected Emmerting and Marktl in review are not on the list.
    assert [a.name for a in awards] == ["Altötting", "München", "Oberbayern", "Tüßling"]
    tuessling = awards[-1]
    assert (tuessling.ars, tuessling.key, tuessling.kind, tuessling.regierungsbezirk,
            tuessling.landkreis, tuessling.award_date, tuessling.counted) == (
        "091710133133", "09171133", "Markt", "Oberbayern", "Altötting", date(2026, 1, 20), 55)
    bezirk = awards[2]
    assert (bezirk.key, bezirk.counted, bezirk.threshold, bezirk.landkreis) == ("091", 30, 30, "")


def test_a_withdrawn_award_disappears_and_a_renewed_one_shows_its_new_date(desk: Desk) -> None:
    known = known_database(desk)
    set_status_on(desk, known.tuessling, Status.IN_REVIEW, "2026-03-03")
    assert "Tüßling" not in [a.name for a in publish.final_awards(desk)]
    set_status_on(desk, known.tuessling, Status.AWARDED, "2026-03-04")
    renewed = [a for a in publish.final_awards(desk) if a.name == "Tüßling"]
    assert [a.award_date for a in renewed] == [date(2026, 3, 4)]


def test_with_four_eyes_only_approved_awards_are_listed(desk: Desk) -> None:
    known = known_database(desk)
    desk.set_setting(approval.FOUR_EYES_SETTING, "on")
    set_status_on(desk, known.tuessling, Status.IN_REVIEW, "2026-03-03")
    set_status_on(desk, known.tuessling, Status.AWARDED, "2026-03-04")  # a new decision
    assert "Tüßling" not in [a.name for a in publish.final_awards(desk)]  # not co-signed yet
    decided_by = desk.reviewer
    desk.reviewer = "Referatsleitung"  # a second person approves
    try:
        approval.approve(desk, known.tuessling, note="mitgezeichnet")
    finally:
        desk.reviewer = decided_by
    assert "Tüßling" in [a.name for a in publish.final_awards(desk)]


def test_html_parses_strictly_with_caption_headers_and_no_script(desk: Desk) -> None:
    known_database(desk)
    files = publish.build_publication(desk, on=STAND).files
    assert set(files) >= {s.file for s in SORTS} | {"auszeichnungen.csv", "auszeichnungen.json"}
    for order in SORTS:
        content = files[order.file]
        tree = parse_strict(content)  # raises on any parse error
        assert tree.find(".//h:script", NS) is None  # type: ignore[attr-defined]
        for image in tree.findall(".//h:img", NS):  # type: ignore[attr-defined]
            assert image.get("alt")
        tables = tree.findall(".//h:table", NS)  # type: ignore[attr-defined]
        assert len(tables) == 1
        caption = "".join(tables[0].find("h:caption", NS).itertext())
        assert "4 Einträge" in caption and "5. März 2026" in caption
        headers = ["".join(th.itertext()) for th in tables[0].findall("h:thead/h:tr/h:th", NS)]
        assert headers == ["Name", "Art", "Regierungsbezirk", "Landkreis", "Ausgezeichnet am",
                           "Online-Verfahren", "Online-Dienste"]
        assert all(th.get("scope") == "col"
                   for th in tables[0].findall("h:thead/h:tr/h:th", NS))
        sorted_th = [th for th in tables[0].findall("h:thead/h:tr/h:th", NS)
                     if th.get("aria-sort")]
        assert len(sorted_th) == 1
        assert tree.get("lang") == "de"  # type: ignore[attr-defined]


def test_each_column_header_leads_to_the_page_sorted_by_it(desk: Desk) -> None:
    known_database(desk)
    files = publish.build_publication(desk, on=STAND).files
    by_name = [row[0] for row in table_rows(files["index.html"])]
    assert by_name == ["Landkreis Altötting", "Landeshauptstadt München", "Bezirk Oberbayern",
                       "Markt Tüßling"]
    by_date = [row[0] for row in table_rows(files["nach-datum.html"])]
    assert by_date == ["Landkreis Altötting", "Bezirk Oberbayern", "Landeshauptstadt München",
                       "Markt Tüßling"]
    by_count = [row[5] for row in table_rows(files["nach-verfahren.html"])]
    assert by_count == ["120", "60", "55", "30"]
    by_kind = [row[1] for row in table_rows(files["nach-art.html"])]
    assert by_kind == ["Bezirk", "kreisfreie Stadt", "Landkreis", "Markt"]
    # Landkreis: those in a Landkreis first (Tüßling in Altötting), the rest by name.
    by_landkreis = [row[0] for row in table_rows(files["nach-landkreis.html"])]
    assert by_landkreis[0] == "Markt Tüßling"
    tree = parse_strict(files["index.html"])
    links = {"".join(a.itertext()): a.get("href")
             for a in tree.findall(".//h:thead//h:a", NS)}  # type: ignore[attr-defined]
    assert links["Ausgezeichnet am"] == "nach-datum.html"
    assert "Name" not in links  # the current order: no link, aria-sort instead
    row = table_rows(files["index.html"])[3]
    assert row[1:6] == ["Markt", "Oberbayern", "Altötting", "20.01.2026", "55"]


def test_names_and_links_are_escaped(desk: Desk) -> None:
    known = known_database(desk)
    with desk.engine.begin() as connection:
        connection.execute(APPLICATIONS.update().where(APPLICATIONS.c.id == known.tuessling)
                           .values(official_name='Markt <script>alert("x")</script> & Co'))
    publish.set_service_link(desk, "09171133", 'https://example.org/a?b=1&c="2"')
    content = publish.build_publication(desk, on=STAND).files["index.html"].decode()
    assert "<script>" not in content
    assert "Markt &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in content
    assert 'href="https://example.org/a?b=1&amp;c=&quot;2&quot;"' in content
    parse_strict(content.encode())


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.org/", "https://x.org/a b",
                                 "www.example.org"])
def test_only_web_addresses_are_taken_as_service_links(desk: Desk, url: str) -> None:
    with pytest.raises(publish.PublishError):
        publish.set_service_link(desk, "09171133", url)
    assert publish.service_links(desk) == {}


def test_csv_is_for_german_excel_and_safe_from_formulas(desk: Desk) -> None:
    known = known_database(desk)
    with desk.engine.begin() as connection:
        connection.execute(APPLICATIONS.update().where(APPLICATIONS.c.id == known.muenchen)
                           .values(name="=HYPERLINK(\"http://evil\")"))
    content = publish.build_publication(desk, on=STAND).files["auszeichnungen.csv"]
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:3] == ["Name", "Amtlicher Name", "Art"]
    by_ars = {row[7]: row for row in rows[1:]}
    assert by_ars["091710133133"][0] == "Tüßling"
    assert by_ars["091710133133"][5] == "20.01.2026"
    assert by_ars["091620000000"][0] == "'=HYPERLINK(\"http://evil\")"
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_csv_safe_guards_every_formula_start() -> None:
    for start in "=+-@\t\r":
        assert publish.csv_safe(start + "1+1").startswith("'")
    assert publish.csv_safe("Neumarkt i.d.OPf.") == "Neumarkt i.d.OPf."


def test_json_follows_its_schema_with_iso_dates_and_ars(desk: Desk) -> None:
    known_database(desk)
    publish.set_service_link(desk, "09162000", "https://stadt.muenchen.de/service/")
    files = publish.build_publication(desk, on=STAND).files
    data = json.loads(files["auszeichnungen.json"])
    schema = json.loads(files["auszeichnungen.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert data["stand"] == "2026-03-05" and data["anzahl"] == 4
    muenchen = next(a for a in data["auszeichnungen"] if a["ars"] == "091620000000")
    assert muenchen == {"ars": "091620000000", "schluessel": "09162000", "name": "München",
                        "amtlicher_name": "Landeshauptstadt München",
                        "art": "kreisfreie Stadt", "regierungsbezirk": "Oberbayern",
                        "landkreis": None, "auszeichnungsdatum": "2026-02-14",
                        "online_verfahren": 120,
                        "online_dienste_url": "https://stadt.muenchen.de/service/"}


def test_the_schema_refuses_what_it_should(desk: Desk) -> None:
    known_database(desk)
    files = publish.build_publication(desk, on=STAND).files
    schema = json.loads(files["auszeichnungen.schema.json"])
    data = json.loads(files["auszeichnungen.json"])
    data["auszeichnungen"][0]["auszeichnungsdatum"] = "20.01.2026"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_an_empty_list_is_still_a_valid_page(desk: Desk) -> None:
    files = publish.build_publication(desk, on=STAND).files
    rows = table_rows(files["index.html"])
    assert rows == [["Noch keine Behörde ausgezeichnet."]]
    assert json.loads(files["auszeichnungen.json"])["auszeichnungen"] == []


def test_own_template_is_used_and_a_bad_one_refused_before_writing(desk: Desk,
                                                                   tmp_path: Path) -> None:
    known_database(desk)
    folder = tmp_path / "vorlagen"
    folder.mkdir()
    (folder / "public_list.html").write_text(
        "<!DOCTYPE html><html lang=de><head><title>${title}</title></head><body>"
        "<h1>Unsere Liste ($count)</h1>${table}</body></html>", encoding="utf-8")
    desk.set_setting("documents.template_folder", str(folder))
    page = publish.build_publication(desk, on=STAND).files["index.html"].decode()
    assert "<h1>Unsere Liste (4)</h1>" in page
    (folder / "public_list.html").write_text("<p>${table} ${besucher}</p>", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(publish.PublishError) as raised:
        publish.publish(desk, out, on=STAND)
    assert "besucher" in str(raised.value) and "public_list.html" in str(raised.value)
    assert not out.exists()


def test_publish_writes_every_file(desk: Desk, tmp_path: Path) -> None:
    add_application(desk, "09171133", received="2026-01-05", accepted=50,
                    status=Status.AWARDED, decided="2026-01-20")
    written = publish.publish(desk, tmp_path / "liste", on=STAND)
    names = sorted(p.name for p in written)
    assert "index.html" in names and "auszeichnungen.schema.json" in names
    assert not [p for p in (tmp_path / "liste").iterdir() if p.name.startswith(".")]


def test_every_page_field_is_documented() -> None:
    from digiamt_desk.paths import resource
    from digiamt_desk.services.publish_html import FIELDS

    readme = resource("templates", "README.md").read_text(encoding="utf-8")
    for name in FIELDS:
        assert f"`${{{name}}}`" in readme, name


def test_publish_command(desk: Desk, db_path: Path, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    from digiamt_desk.cli import main

    known_database(desk)
    desk.close()
    out = tmp_path / "liste"
    assert main(["--db", str(db_path), "publish-link", "09162000",
                 "https://stadt.muenchen.de/service/"]) == 0
    assert capsys.readouterr().out == "091620000000: https://stadt.muenchen.de/service/\n"
    assert main(["--db", str(db_path), "publish", "--out", str(out), "--date", "2026-03-05",
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["awards"] == 4 and len(result["files"]) == 9
    assert "https://stadt.muenchen.de/service/" in (out / "index.html").read_text("utf-8")
    assert main(["--db", str(db_path), "publish-link", "09162000", "javascript:x"]) == 2
    assert "no web address" in capsys.readouterr().err
    folder = tmp_path / "vorlagen"
    folder.mkdir()
    (folder / "public_list.html").write_text("<p>${tabelle}</p>", encoding="utf-8")
    assert main(["--db", str(db_path), "settings", "--set",
                 f"documents.template_folder={folder}"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "publish", "--out", str(tmp_path / "neu")]) == 2
    assert "tabelle" in capsys.readouterr().err
    assert not (tmp_path / "neu").exists()
