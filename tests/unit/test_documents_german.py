"""The German of every letter, for every kind of authority in the register, read back from
the PDF with pdftotext: articles and cases, numbers that agree with their nouns, no sentence
that opens with a numeral, one voice ("wir"), the enclosures, the query letter's deadline."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from digiamt_desk.documents.certificate import render_certificate
from digiamt_desk.documents.grammar import authority_cases, plural
from digiamt_desk.documents.letter import render_letter
from digiamt_desk.documents.model import DocumentData, Letterhead, ProcedureLine
from digiamt_desk.documents.templates import (
    TemplateError,
    check_template,
    field_values,
    load_template,
)

# kind, official name, nominative, genitive, dative, accusative (with the article)
KINDS = [
    ("Stadt", "Stadt Altötting", "die Stadt Altötting", "der Stadt Altötting",
     "der Stadt Altötting", "die Stadt Altötting"),
    ("kreisfreie Stadt", "Stadt Landshut", "die Stadt Landshut", "der Stadt Landshut",
     "der Stadt Landshut", "die Stadt Landshut"),
    ("kreisfreie Stadt", "Landeshauptstadt München", "die Landeshauptstadt München",
     "der Landeshauptstadt München", "der Landeshauptstadt München",
     "die Landeshauptstadt München"),
    ("Markt", "Markt Essenbach", "der Markt Essenbach", "des Marktes Essenbach",
     "dem Markt Essenbach", "den Markt Essenbach"),
    ("Gemeinde", "Gemeinde Kumhausen", "die Gemeinde Kumhausen", "der Gemeinde Kumhausen",
     "der Gemeinde Kumhausen", "die Gemeinde Kumhausen"),
    ("Landkreis", "Landkreis Landshut", "der Landkreis Landshut", "des Landkreises Landshut",
     "dem Landkreis Landshut", "den Landkreis Landshut"),
    ("Bezirk", "Bezirk Oberbayern", "der Bezirk Oberbayern", "des Bezirks Oberbayern",
     "dem Bezirk Oberbayern", "den Bezirk Oberbayern"),
    ("Verwaltungsgemeinschaft", "Verwaltungsgemeinschaft Neunburg vorm Wald",
     "die Verwaltungsgemeinschaft Neunburg vorm Wald",
     "der Verwaltungsgemeinschaft Neunburg vorm Wald",
     "der Verwaltungsgemeinschaft Neunburg vorm Wald",
     "die Verwaltungsgemeinschaft Neunburg vorm Wald"),
    ("Große Kreisstadt", "Große Kreisstadt Dinkelsbühl", "die Große Kreisstadt Dinkelsbühl",
     "der Großen Kreisstadt Dinkelsbühl", "der Großen Kreisstadt Dinkelsbühl",
     "die Große Kreisstadt Dinkelsbühl"),
]


def data_for(kind: str, official_name: str, *, counted: int, rejected: int, open_: int,
             threshold: int = 50) -> DocumentData:
    counted_lines = tuple(ProcedureLine(f"Verfahren {i}", f"https://portal.example/{i}")
                          for i in range(counted))
    not_counted = tuple(ProcedureLine(f"Abgelehnt {i}", f"https://x.example/{i}.pdf",
                                      "PDF-Formular zum Ausdrucken") for i in range(rejected))
    not_counted += tuple(ProcedureLine(f"Offen {i}", f"https://x.example/o{i}",
                                       "Noch nicht geprüft") for i in range(open_))
    return DocumentData(
        letterhead=Letterhead(signatory_name="Dr. Fabian Mehring",
                              signatory_role="Staatsminister"),
        key="09274000", ars="092740000000", name=official_name.split()[-1],
        official_name=official_name, kind=kind, head_title="", head_name="",
        address=(official_name, "84028 Landshut"), reference="StMD-DA-2026-0007",
        on=date(2026, 3, 2), counted=counted, threshold=threshold,
        procedures=counted + rejected + open_, criteria_version="2021-07",
        counted_procedures=counted_lines, not_counted=not_counted, rejected=rejected,
        open=open_, deadline=date(2026, 3, 30))


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def letter(document: str, data: DocumentData) -> str:
    annex = data.counted_procedures if document == "award_letter" else data.not_counted
    return pdftotext(render_letter(data, load_template(document), annex=annex,
                                   with_reasons=document != "award_letter", title="Brief"))


def body_sentences(document: str, data: DocumentData) -> list[str]:
    parts = load_template(document).render(field_values(data))
    text = " ".join(" ".join(parts[p].split()) for p in ("subject", "body")
                    if p in parts)
    return [s for s in re.split(r"(?<=[.;:!?])\s+", text) if s]


@pytest.mark.parametrize(("kind", "official", "nom", "gen", "dat", "acc"), KINDS)
def test_every_letter_declines_the_authority_by_its_kind(kind: str, official: str, nom: str,
                                                          gen: str, dat: str,
                                                          acc: str) -> None:
    assert authority_cases(official, kind) == {"nom": nom, "gen": gen, "dat": dat, "acc": acc}
    award = letter("award_letter", data_for(kind, official, counted=60, rejected=2, open_=0))
    assert f"für {acc}" in award and f"dass {nom} mit dem Titel" in award
    assert f"Wir gratulieren {dat} herzlich" in award
    assert f"gezählten Online-Verfahren {gen}" in award
    query = letter("query_letter", data_for(kind, official, counted=48, rejected=6, open_=2))
    assert f"Bewerbung {gen} um die Auszeichnung" in query
    rejection = letter("rejection_letter",
                       data_for(kind, official, counted=20, rejected=30, open_=0))
    assert f"können wir {acc} derzeit nicht auszeichnen" in rejection
    certificate = pdftotext(render_certificate(
        data_for(kind, official, counted=60, rejected=0, open_=0),
        load_template("certificate")))
    assert f"verleiht {dat} die Auszeichnung" in certificate
    for text in (award, query, rejection, certificate):
        # Never the bare title where an article belongs ("für Stadt Landshut").
        assert not re.search(rf"\b(für|von|verleiht|dass) {re.escape(official)}", text)


@pytest.mark.parametrize("document", ["award_letter", "query_letter", "rejection_letter"])
@pytest.mark.parametrize(("counted", "rejected", "open_"),
                         [(60, 0, 0), (60, 1, 1), (49, 1, 0), (48, 2, 2), (0, 5, 1), (1, 0, 7)])
def test_no_sentence_opens_with_a_numeral_and_we_speak_as_wir(
        document: str, counted: int, rejected: int, open_: int) -> None:
    data = data_for("Markt", "Markt Essenbach", counted=counted, rejected=rejected, open_=open_)
    for sentence in body_sentences(document, data):
        assert not sentence[0].isdigit(), sentence
        assert not re.search(r"\b(ich|mein|mich|mir)\b", sentence), sentence


def test_the_numbers_agree_and_add_up() -> None:
    one = letter("query_letter", data_for("Markt", "Markt Essenbach", counted=49, rejected=3,
                                          open_=1))
    assert "Es fehlt also noch 1 Online-Verfahren." in one
    assert "Noch nicht geprüft ist eines davon." in one
    two = letter("query_letter", data_for("Markt", "Markt Essenbach", counted=48, rejected=3,
                                          open_=2))
    assert "Es fehlen also noch 2 Online-Verfahren." in two
    assert "Sie haben uns 53 Verfahren gemeldet. Noch nicht geprüft sind 2 davon." in two
    assert "Bisher erfüllen 48 davon die Kriterien" in two
    assert "Die 5 Verfahren, die wir bisher nicht zählen" in two
    # A letter never claims a check that was not made: with open procedures not "alle".
    assert "Wir haben alle geprüft" not in two
    done = letter("rejection_letter", data_for("Bezirk", "Bezirk Oberbayern", counted=20,
                                               rejected=10, open_=0, threshold=30))
    assert "Wir haben alle geprüft." in done and "Es fehlen damit noch 10 Online-Verfahren." in done
    award = letter("award_letter", data_for("Landkreis", "Landkreis Landshut", counted=60,
                                            rejected=1, open_=3))
    assert "Sie haben uns 64 Verfahren gemeldet" in award
    assert "Geprüft haben wir alle bis auf 3" in award
    assert "Von den geprüften Verfahren erfüllen 60 die Kriterien" in award
    assert "Ein Verfahren konnten wir nicht zählen." in award


def test_award_letter_names_its_enclosures_and_query_letter_its_deadline() -> None:
    award = letter("award_letter", data_for("Stadt", "Stadt Altötting", counted=55, rejected=0,
                                            open_=0))
    # Beside the signature, in the information block's column, in this order.
    at = [award.index(part) for part in (
        "Anlagen", "Urkunde Signet „Digitales Amt“ (PNG-Dateien in drei",
        "Größen, SVG-Datei)", "Verzeichnis der 55 gezählten", "Online-Verfahren")]
    assert at == sorted(at)
    assert "die beigefügte Urkunde" in award
    query = letter("query_letter", data_for("Stadt", "Stadt Altötting", counted=40, rejected=2,
                                            open_=0))
    assert "bis zum 30. März 2026" in query
    assert "Erreicht uns bis dahin keine Ergänzung, entscheiden wir" in query


def test_plural_forms_and_their_checks() -> None:
    assert [plural(n, "fehlt|fehlen") for n in (0, 1, 2)] == ["fehlen", "fehlt", "fehlen"]
    assert [plural(n, "keins|eins|# Stück") for n in (0, 1, 7)] == ["keins", "eins", "7 Stück"]
    good = {"subject": "{missing:fehlt|fehlen}", "body": "x", "closing": "x",
            "annex_title": "x", "enclosures": ""}
    check_template("award_letter", "own.toml", good)
    for bad in ("{name:fehlt|fehlen}", "{missing:>999}", "{missing:a|b|c|d}",
                "{missing:{name}|b}", "{missing!r}"):
        with pytest.raises(TemplateError, match="subject"):
            check_template("award_letter", "own.toml", {**good, "subject": bad})
