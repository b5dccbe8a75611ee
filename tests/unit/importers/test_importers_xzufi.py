"""XZuFi 2.2 XML and what an XML file from outside may try."""

from __future__ import annotations

from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError, SourceFormat
from digiamt_desk.importers import parse_bytes, parse_file


def test_onlinedienste(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "xzufi_onlinedienste.xml")

    assert parsed.format is SourceFormat.XZUFI
    by_row = {row.row: row for row in parsed.rows}
    assert sorted(by_row) == [1, 2, 4]
    assert [(s.row, s.reason) for s in parsed.skipped] == [(3, "no link: not an online procedure")]

    hund = by_row[1]
    assert hund.title == "Hundesteuer online anmelden"  # the German bezeichnung, collapsed
    assert hund.url == "https://www.buergerservice-portal.de/bayern/musterstadt/hundesteuer"
    assert hund.leika_keys == ("99041006017000",)  # leistungID -> leistung/referenzLeiKa
    assert hund.ars == "091620000000"  # from gebietID
    assert hund.raw["id"] == "OD-1"

    gewerbe = by_row[2]
    assert gewerbe.url == "https://www.gewerbe.bayern.de/anmelden"  # first http(s) link
    assert gewerbe.raw["link 2"] == "mailto:gewerbe@musterstadt.de"
    assert gewerbe.title == "Gewerbe anmelden"  # no bezeichnung: the link's titel
    assert gewerbe.leika_keys == ("99050012104000",)

    park = by_row[4]  # without namespace, plain-text link, language-tagged child text
    assert park.title == "Parkausweis beantragen"
    assert park.url == "https://www.musterstadt.de/parkausweis"
    assert [(w.row, w.field) for w in parsed.warnings] == [(4, "link")]


def test_entity_expansion_bomb_is_refused(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_xml_bomb.xml")

    assert str(caught.value) == (
        f"{data_dir / 'bad_xml_bomb.xml'}: XML declares entities (DTD); refused for safety"
    )


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-4711", encoding="utf-8")
    xml = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE od [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        "<onlinedienste><onlinedienst><bezeichnung>&xxe;</bezeichnung>"
        "<link>https://a.de/x</link></onlinedienst></onlinedienste>\n"
    )
    path = tmp_path / "xxe.xml"
    path.write_text(xml, encoding="utf-8")

    with pytest.raises(InputError) as caught:
        parse_file(path)

    assert "refused for safety" in str(caught.value)
    assert "GEHEIM" not in str(caught.value)
    assert "GEHEIM" not in repr(caught.value.__cause__) + repr(caught.value.__context__)


def test_parameter_entity_is_refused(tmp_path: Path) -> None:
    # a parameter entity pointing at the network: refused before anything is fetched
    xml = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x">%p;]>'
           b"<r/>")
    with pytest.raises(InputError, match="refused for safety"):
        parse_bytes(xml, "p.xml")


def test_malformed_xml_names_the_line(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_xml_malformed.xml")

    message = str(caught.value)
    assert "bad_xml_malformed.xml" in message and "not well-formed" in message
    assert "line 4" in message


def test_xml_that_is_not_xzufi() -> None:
    with pytest.raises(InputError, match=r"root element 'rss'.*no onlinedienst"):
        parse_bytes(b"<rss><channel><item/></channel></rss>", "feed.xml")


def test_xzufi_without_any_link() -> None:
    xml = b"<x><onlinedienst><bezeichnung>Hund</bezeichnung></onlinedienst></x>"
    with pytest.raises(InputError, match="no onlinedienst has a link"):
        parse_bytes(xml, "od.xml")


def test_web_page_is_named_as_such() -> None:
    with pytest.raises(InputError, match="is a web page"):
        parse_bytes(b"<!DOCTYPE html>\n<html><body>Anmelden</body></html>", "https://a.de/x")
