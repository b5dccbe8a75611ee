"""Which link of a record counts: service databases, several link columns, link forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError, SourceFormat
from digiamt_desk.domain.link_choice import (
    HINT_APPOINTMENT,
    HINT_NO_ONLINE,
    RULE_ONLINE_NAME,
    LinkCandidate,
    absolute,
    choose_link,
    fill_template,
)
from digiamt_desk.importers import parse_bytes, parse_file

DATENSCHUTZ = LinkCandidate("https://stadt.example.de/datenschutz.html", "Datenschutzhinweise")


def test_the_online_form_wins_over_a_data_protection_page_listed_first() -> None:
    choice = choose_link([DATENSCHUTZ, LinkCandidate(
        "https://www.buergerservice-portal.de/bayern/x/hund", "Online-Antrag Hundesteuer")])

    assert choice.url == "https://www.buergerservice-portal.de/bayern/x/hund"
    assert choice.rule == RULE_ONLINE_NAME
    assert choice.hints == ()


def test_helper_documents_are_never_the_online_service() -> None:
    helpers = [DATENSCHUTZ,
               LinkCandidate("https://stadt.example.de/dl/vollmacht.pdf", "Vollmacht"),
               LinkCandidate("https://stadt.example.de/fotomustertafel", "Fotomustertafel"),
               LinkCandidate("https://stadt.example.de/kontakt", "Kontaktformular")]
    page = LinkCandidate("https://stadt.example.de/info/1", "", "meta.url", service_page=True)

    with_page = choose_link([*helpers, page])
    without = choose_link(helpers)

    assert (with_page.url, with_page.hints) == ("https://stadt.example.de/info/1",
                                                (HINT_NO_ONLINE,))
    assert without.url == ""


def test_an_appointment_booking_is_taken_only_without_an_online_form_and_is_marked() -> None:
    booking = LinkCandidate("https://termine.example.de/?dienstleistung=5", "Termin")
    form = LinkCandidate("https://stadt.example.de/antrag/pass", "Antrag online")

    assert choose_link([booking, form]).url == form.url
    only = choose_link([DATENSCHUTZ, booking])
    assert (only.url, only.hints) == (booking.url, (HINT_APPOINTMENT,))


def test_templates_are_filled_from_the_record_or_not_used() -> None:
    assert fill_template("https://x.de/info/{id}/", {"id": 1063441}) == (
        "https://x.de/info/1063441/", "")
    assert fill_template("https://x.de/info/{serviceId}/", {"id": 5}) == (None, "serviceId")


def test_link_forms() -> None:
    assert absolute("//service.berlin.de/dienstleistung/120671/", None) == (
        "https://service.berlin.de/dienstleistung/120671/", "")
    assert absolute("/antrag/x", None) == (None, "relative_without_base")
    assert absolute("/antrag/x", "https://portal.example/liste.json") == (
        "https://portal.example/antrag/x", "")


def test_city_service_database_counts_what_a_reviewer_can_defend(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "dienstleistungsdatenbank.json")

    assert parsed.format is SourceFormat.SERVICE_DB
    links = {r.title: (r.url, r.hints) for r in parsed.rows}
    assert len(parsed.rows) == 11
    assert [s.row for s in parsed.skipped] == [5]  # only a data-protection page, no service page
    assert parsed.skipped[0].code == "only_helpers"
    assert links["Hund anmelden"] == (
        "https://www.buergerservice-portal.de/bayern/musterstadt/hundesteuer_anmeldung", "")
    assert links["Personalausweis beantragen"] == (
        "https://termine.stadt.example.de/buergerservice/?dienstleistung=1063453", "appointment")
    assert links["Wohnsitz anmelden"] == ("https://service.stadt.example.de/antrag/wohnsitz", "")
    # the relative online link has no base: the service page stands in, marked
    assert links["Meldebescheinigung beantragen"] == (
        "https://stadt.example.de/service/info/1063476/", "no_online_link")
    assert links["Gaststättenerlaubnis"] == (
        "https://stadt.example.de/service/info/1063492/", "no_online_link")
    assert "https://stadt.example.de/rathaus/datenschutz.html" not in {u for u, _ in
                                                                       links.values()}
    assert "Sperrmüll anmelden jetzt" in links  # bell and ANSI colour codes removed
    assert [r.leika_keys for r in parsed.rows if r.title == "Bewohnerparkausweis beantragen"] \
        == [("99126009001000", "99126009002000")]
    codes = sorted(w.code for w in parsed.warnings)
    assert codes == ["relative_without_base", "unfilled_template"]


def test_a_base_address_completes_relative_links(data_dir: Path) -> None:
    data = (data_dir / "dienstleistungsdatenbank.json").read_bytes()

    parsed = parse_bytes(data, "ddb.json", base_url="https://service.stadt.example.de/")

    row = next(r for r in parsed.rows if r.title == "Meldebescheinigung beantragen")
    assert (row.url, row.hints) == (
        "https://service.stadt.example.de/antrag/meldebescheinigung", "")


def test_plain_list_of_service_records_with_protocol_relative_links(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "dienstleistungen_liste.json")

    assert [(r.title, r.url, r.hints) for r in parsed.rows] == [
        ("Anmeldung einer Wohnung",
         "https://service.berlin.example/dienstleistung/120671/antrag/", ""),
        ("Anmeldung eines Hundes", "https://service.berlin.example/terminvereinbarung/termin/"
         "tag.php?dienstleister=1&anliegen[]=120686", "appointment"),
        ("Beglaubigung von Kopien", "https://service.berlin.example/dienstleistung/120703/",
         "no_online_link"),
    ]


def test_several_link_columns_take_the_online_service(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Bezeichnung;Link;Online-Link\n"
        "Hund anmelden;https://stadt.example.de/datenschutz;https://stadt.example.de/antrag/hund\n"
        "Müll;https://stadt.example.de/muell;\n", encoding="utf-8")

    parsed = parse_file(path)

    assert [r.url for r in parsed.rows] == ["https://stadt.example.de/antrag/hund",
                                            "https://stadt.example.de/muell"]
    assert [w.code for w in parsed.warnings] == ["link_chosen"]


def test_relative_links_in_a_sheet_need_a_base(tmp_path: Path) -> None:
    data = b"Bezeichnung;Direktlink\nHund;/antrag/hund\nPass;//portal.example/pass\n"

    without = parse_bytes(data, "liste.csv")
    based = parse_bytes(data, "liste.csv", base_url="https://portal.example/")

    assert [(r.title, r.url) for r in without.rows] == [("Pass", "https://portal.example/pass")]
    assert [(s.row, s.code) for s in without.skipped] == [(2, "relative_without_base")]
    assert [r.url for r in based.rows] == ["https://portal.example/antrag/hund",
                                           "https://portal.example/pass"]


@pytest.mark.parametrize("header", ["Direktlink", "Deep Link", "Antragslink",
                                    "Link zum Onlinedienst", "Link zum Online-Dienst"])
def test_more_link_header_names(header: str) -> None:
    parsed = parse_bytes(f"Bezeichnung;{header}\nHund;https://x.example/h\n".encode(), "l.csv")

    assert parsed.columns["url"] == header


def test_headerless_file_is_recognised_and_read_by_column_number(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_headerless.csv")
    assert caught.value.code == "no_header"
    assert "--map title=2 --map url=3" in caught.value.message

    parsed = parse_file(data_dir / "bad_headerless.csv",
                        mapping={"title": "2", "url": "3", "leika": "1"})

    assert [(r.row, r.title, r.leika_keys) for r in parsed.rows] == [
        (1, "Hund anmelden", ("99041006017000",)), (2, "Wohnsitz anmelden", ("99115001001000",)),
        (3, "Sperrmüll anmelden", ())]
    assert [w.code for w in parsed.warnings] == ["bad_leika"]  # 9,91E+13 lost its digits


def test_the_columns_found_travel_with_a_missing_link_column(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(b"Bezeichnung;Spalte B\nHund;x\n", "l.csv")

    assert caught.value.code == "no_link_column"
    assert caught.value.params["columns"] == ["Bezeichnung", "Spalte B"]
