"""Letters and certificates as a reader and an archive see them: the text in the PDF, where the
address sits, the fonts, the PDF/A identification, the file names, the templates."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from digiamt_desk.documents.certificate import fit_name, render_certificate
from digiamt_desk.documents.fonts import SERIF_BOLD, register_fonts
from digiamt_desk.documents.letter import render_letter
from digiamt_desk.documents.model import DocumentData, Letterhead, ProcedureLine, german_date
from digiamt_desk.documents.naming import document_filename, safe_part
from digiamt_desk.documents.positions import DEFAULT_POSITIONS, PositionError, parse_positions
from digiamt_desk.documents.templates import TemplateError, load_template

MM = 72 / 25.4
PAGE_HEIGHT = 841.89


def sample(counted: int = 300, **changes: object) -> DocumentData:
    lines = tuple(ProcedureLine(f"Verfahren {i:03d} anmelden",
                                f"https://www.buergerservice-portal.de/bayern/gap/dienst-{i:03d}")
                  for i in range(counted))
    data = DocumentData(
        letterhead=Letterhead(contact=("Erika Musterfrau", "Telefon 089 2129-0"),
                              signatory_name="Dr. Fabian Mehring",
                              signatory_role="Staatsminister"),
        key="09180117", ars="091800117117", name="Garmisch-Partenkirchen",
        official_name="Markt Garmisch-Partenkirchen", kind="Markt",
        head_title="Erster Bürgermeister", head_name="Thomas Berger",
        address=("Markt Garmisch-Partenkirchen", "Rathausplatz 1",
                 "82467 Garmisch-Partenkirchen"),
        reference="StMD-DA-2025-0042", on=date(2025, 10, 21), counted=counted, threshold=50,
        procedures=counted + 7, criteria_version="2021-07", counted_procedures=lines,
        not_counted=(ProcedureLine("Bauantrag (PDF)", "https://gap.example/bauantrag.pdf",
                                   "PDF-Formular zum Ausdrucken"),
                     ProcedureLine("Kontakt", "mailto:rathaus@gap.example", "Nur E-Mail-Link")))
    return replace(data, **changes)  # type: ignore[arg-type]


def award_letter(data: DocumentData) -> bytes:
    return render_letter(data, load_template("award_letter"), annex=data.counted_procedures,
                         with_reasons=False, title="Auszeichnungsschreiben")


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def positioned_lines(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x in mm from the left, y in mm from the top) of each line drawn on a page."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] / MM, (PAGE_HEIGHT - tm[5]) / MM))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_award_letter_says_who_how_many_and_when() -> None:
    pdf = award_letter(sample())
    text = " ".join(text_of(pdf).split())
    assert "Sehr geehrter Herr Erster Bürgermeister Berger," in text
    assert "Markt Garmisch-Partenkirchen" in text
    assert "Von den geprüften Verfahren erfüllen 300 die Kriterien" in text
    assert "21. Oktober 2025" in text
    assert "StMD-DA-2025-0042" in text
    assert "Dr. Fabian Mehring" in text
    # The annex lists every counted procedure with its link, numbered 1..300.
    for i in (0, 149, 299):
        assert f"Verfahren {i:03d} anmelden" in text
        assert f"dienst-{i:03d}" in text
    annex_numbers = re.findall(r"^(\d{1,3})\s+Verfahren \d{3} anmelden", text_of(pdf), re.M)
    assert [int(n) for n in annex_numbers] == list(range(1, 301))


def test_pages_from_the_second_on_are_numbered() -> None:
    pdf = award_letter(sample())
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 3
    assert "Seite 1 von" not in reader.pages[0].extract_text()
    for number in (2, total):
        assert f"Seite {number} von {total}" in reader.pages[number - 1].extract_text()


def test_address_lies_inside_the_window_field() -> None:
    """DIN 5008 form B: the window is 85 x 45 mm, 20 mm from the left, 45 mm from the top."""
    lines = positioned_lines(award_letter(sample()))
    wanted = ["Markt Garmisch-Partenkirchen", "Herrn Ersten Bürgermeister", "Thomas Berger",
              "Rathausplatz 1", "82467 Garmisch-Partenkirchen"]
    by_text = {text: (x, y) for text, x, y in lines if y < 95}
    for line in wanted:
        x, y = by_text[line]
        assert 20 <= x <= 105 and 45 + 17.7 <= y <= 90, (line, x, y)
    ys = [by_text[line][1] for line in wanted]
    assert ys == sorted(ys)  # top to bottom, in order
    return_line = next(t for t, _x, y in lines if t.startswith("Bayer. Staatsministerium"))
    x, y = by_text[return_line]
    assert 45 <= y <= 45 + 17.7  # the return line sits in the notes zone above the address
    subject_y = next(y for t, _x, y in lines if t.startswith("Auszeichnung „Digitales Amt“"))
    assert subject_y > 90  # below the window


def test_information_block_and_marks() -> None:
    lines = positioned_lines(award_letter(sample()))
    x, y = next((x, y) for t, x, y in lines if t == "StMD-DA-2025-0042")
    assert x >= 125 and 50 <= y <= 90
    assert any(t == german_date(date(2025, 10, 21)) and x >= 125 for t, x, _y in lines)
    # Short horizontal lines at the left edge: fold marks at 105 and 210 mm, punch mark at
    # 148.5 mm from the top.
    with pikepdf.open(io.BytesIO(award_letter(sample()))) as document:
        marks = []
        start: tuple[float, float] | None = None
        for operands, operator in pikepdf.parse_content_stream(document.pages[0]):
            if str(operator) == "m":
                start = (float(operands[0]), float(operands[1]))
            elif str(operator) == "l" and start is not None:
                end = (float(operands[0]), float(operands[1]))
                if start[0] < 12 * MM and start[1] == end[1]:
                    marks.append(round((PAGE_HEIGHT - start[1]) / MM, 1))
    assert sorted(marks) == [105.0, 148.5, 210.0]


def test_fonts_are_embedded_and_pdfa_is_declared() -> None:
    for pdf in (award_letter(sample()),
                render_certificate(sample(), load_template("certificate"))):
        with pikepdf.open(io.BytesIO(pdf)) as document:
            fonts = [font for page in document.pages
                     for font in page.Resources.get("/Font", {}).values()]
            assert fonts
            for font in fonts:
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None, font.get("/BaseFont")
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            meta = document.open_metadata()
            assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
            intent = document.Root.OutputIntents[0]
            assert intent.S == "/GTS_PDFA1"
            assert len(intent.DestOutputProfile.read_bytes()) > 300
            assert str(document.Root.Lang) == "de-DE"
            assert str(document.docinfo["/Author"]) == "Bayerisches Staatsministerium für Digitales"
            assert str(document.docinfo["/Title"])


def test_text_from_the_data_prints_as_written() -> None:
    tricky = "Müller & Söhne <GmbH>"
    pdf = award_letter(sample(official_name=tricky, head_name="Anna <b>Maier</b> & Co",
                              address=(tricky, "Weg 1", "80333 München")))
    text = text_of(pdf)
    assert tricky in text
    assert "Maier</b> & Co" in text


def test_rejection_letter_lists_each_procedure_not_counted_with_its_reason() -> None:
    data = sample(counted=12)
    pdf = render_letter(data, load_template("rejection_letter"), annex=data.not_counted,
                        with_reasons=True, title="Ablehnungsschreiben")
    text = " ".join(text_of(pdf).split())
    assert "Von den geprüften Verfahren erfüllen 12 die Kriterien" in text
    assert "Es fehlen damit noch 38 Online-Verfahren" in text
    assert "Bauantrag (PDF)" in text and "PDF-Formular zum Ausdrucken" in text
    assert "mailto:rathaus@gap.example" in text and "Nur E-Mail-Link" in text


@pytest.mark.parametrize("name", ["Markt Garmisch-Partenkirchen",
                                  "Verwaltungsgemeinschaft Neunburg vorm Wald",
                                  "Landeshauptstadt München",
                                  "Gemeinde Oberschleißheim-Unterschleißheim-Haimhausen-Land"])
def test_long_names_fit_on_the_certificate(name: str) -> None:
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = DEFAULT_POSITIONS["name"].width * MM
    size, lines = fit_name(name, SERIF_BOLD, width)
    assert " ".join(lines) == name
    assert all(stringWidth(line, SERIF_BOLD, size) <= width for line in lines)
    assert len(lines) <= 2 and size >= 14


def test_certificate_variants() -> None:
    data = sample(official_name="Verwaltungsgemeinschaft Neunburg vorm Wald")
    template = load_template("certificate")
    blank = render_certificate(data, template)
    text = " ".join(text_of(blank).split())
    assert "URKUNDE" in text and "Digitales Amt" in text
    assert "Verwaltungsgemeinschaft Neunburg vorm Wald" in text
    assert "München, den 21. Oktober 2025" in text
    positions = parse_positions("name=105,140,150; place_date=50,260,70")
    printed = render_certificate(data, template, preprinted=True, positions=positions)
    lines = positioned_lines(printed)
    assert not any("URKUNDE" in t for t, _x, _y in lines)  # the paper has it already
    name_top = min(y for t, _x, y in lines if "Verwaltungsgemeinschaft" in t)
    assert 140 <= name_top <= 150
    date_line = next((x, y) for t, x, y in lines if t.startswith("München, den"))
    assert 255 <= date_line[1] <= 266


def test_positions_are_checked() -> None:
    assert parse_positions("")["name"] == DEFAULT_POSITIONS["name"]
    for bad in ("name=1,2", "title=1,2,3", "name=300,10,50", "name=a,b,c"):
        with pytest.raises(PositionError):
            parse_positions(bad)


def test_file_names_are_safe_and_predictable() -> None:
    assert document_filename("09180117", "Garmisch-Partenkirchen", "Urkunde", "pdf") == (
        "09180117_Garmisch-Partenkirchen_Urkunde.pdf")
    name = document_filename("096", 'Würzburg: "Ober/Unter" <Main>?* ', "Signet-256px", "png")
    assert name == "096_Wuerzburg-Ober-Unter-Main_Signet-256px.png"
    assert not set(name) & set('<>:"/\\|?*')
    assert safe_part("CON") == "_CON" and safe_part("...") == "x"
    long = document_filename("09", "Sehr " * 40, "Auszeichnungsschreiben", "pdf")
    assert len(long) <= 90


def test_template_with_an_unknown_field_is_refused(tmp_path: Path) -> None:
    text = load_template("award_letter").source
    own = Path(text).read_text(encoding="utf-8").replace("{authority_acc}", "{mayor}", 1)
    (tmp_path / "award_letter.toml").write_text(own, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template("award_letter", tmp_path)
    message = str(caught.value)
    assert str(tmp_path / "award_letter.toml") in message
    assert "'mayor'" in message and "part 'subject'" in message


def test_template_missing_a_part_or_with_bad_toml(tmp_path: Path) -> None:
    (tmp_path / "certificate.toml").write_text('heading = "Urkunde"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="part 'preamble'"):
        load_template("certificate", tmp_path)
    (tmp_path / "certificate.toml").write_text('heading = "Urkunde\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid TOML"):
        load_template("certificate", tmp_path)


def test_own_template_changes_the_wording(tmp_path: Path) -> None:
    shipped = Path(load_template("award_letter").source).read_text(encoding="utf-8")
    (tmp_path / "award_letter.toml").write_text(
        shipped.replace("wir freuen uns", "mit großer Freude teilen wir mit"), encoding="utf-8")
    data = sample(counted=55)
    pdf = render_letter(data, load_template("award_letter", tmp_path),
                        annex=data.counted_procedures, with_reasons=False, title="x")
    assert "mit großer Freude teilen wir mit" in " ".join(text_of(pdf).split())


def test_shipped_template_readme_documents_every_field() -> None:
    from digiamt_desk.documents.templates import FIELDS
    from digiamt_desk.paths import resource

    readme = resource("templates", "README.md").read_text(encoding="utf-8")
    for name in FIELDS:
        assert f"`{{{name}}}`" in readme, name


def test_links_and_words_wrap_within_the_column() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from digiamt_desk.documents.fonts import SANS
    from digiamt_desk.documents.text import wrap_url, wrap_words

    register_fonts()
    url = "https://www.buergerservice-portal.de/bayern/gap/gewerbe?utm_source=x&id=" + "9" * 90
    lines = wrap_url(url, SANS, 7.5, 150)
    assert "".join(lines) == url and len(lines) >= 3
    assert all(stringWidth(line, SANS, 7.5) <= 150 for line in lines)
    assert lines[0].endswith("/")  # broken after a slash where one is near
    words = wrap_words("Antrag auf Erteilung einer Sondernutzungserlaubnis" + "x" * 80,
                       SANS, 7.5, 120)
    assert all(stringWidth(line, SANS, 7.5) <= 120 for line in words)


def test_png_prefix_encoder_writes_exactly_the_pixels_given() -> None:
    """The signet's PNG writer compresses the rows it shares with the badge once; an image
    whose upper rows differ is written whole, so each PNG shows its own pixels."""
    from PIL import Image

    from digiamt_desk.documents.png import PrefixEncoder

    width, height, stride = 8, 6, 8 * 4
    base = bytes((x * 7 + y * 13) % 256 for y in range(height) for x in range(stride))
    encoder = PrefixEncoder(base, width, height, stride, rows=4)
    same_top = base[:4 * stride] + bytes(255 - b for b in base[4 * stride:])
    other_top = bytes([9]) + same_top[1:]
    for pixels in (base, same_top, other_top):
        decoded = Image.open(io.BytesIO(encoder.encode(pixels, stride)))
        assert decoded.size == (width, height) and decoded.mode == "RGBA"
        assert decoded.tobytes() == pixels


def test_annex_lines_written_directly_match_reportlabs_own_text_calls() -> None:
    """The annex writes its lines' operators itself (a third quicker); they must be the bytes
    reportlab's text object writes: with umlauts, brackets and backslashes, characters beyond
    a font subset's 256 codes, empty cells and a page break inside the table."""
    from reportlab.platypus import SimpleDocTemplate

    from digiamt_desk.documents.annex import AnnexTable, cell_lines
    from digiamt_desk.documents.fonts import register_fonts
    from digiamt_desk.documents.letter import _PagedCanvas

    register_fonts()
    # Latin Extended-A and Cyrillic: more than one subset's 256 codes
    many = "".join(chr(code) for code in [*range(0x100, 0x17F), *range(0x410, 0x450)])
    texts = ["Übermittlungssperre (Melderegister) \\ beantragen", "", many, "a (b) c\\d",
             "Grundsteuer – Änderung – €", many[::-1]]
    rows = [[[str(number)], cell_lines(texts[number % len(texts)], 60 * MM),
             cell_lines(f"https://example.org/{number}/{texts[number % 3]}", 80 * MM,
                        link=True)] for number in range(1, 240)]

    def streams(quick: bool) -> list[bytes]:
        buffer = io.BytesIO()
        table = AnnexTable(["Nr.", "Verfahren", "Link"], rows, [10 * MM, 64 * MM, 84 * MM])
        table.quick = quick
        SimpleDocTemplate(buffer, pagesize=(595, 842), invariant=True).build(
            [table], canvasmaker=_PagedCanvas)
        with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
            assert len(pdf.pages) > 1
            contents = [page.Contents.read_bytes() for page in pdf.pages]
            assert re.search(rb"/F\d\+1 ", b"".join(contents))  # the second subset is used
            return contents

    assert streams(quick=True) == streams(quick=False)


def test_quick_text_encoding_gives_reportlabs_codes() -> None:
    """The fonts' quicker `splitString` (characters met before in one `str.translate`) must give
    the subsets and codes reportlab's own gives, in every order of new and known characters."""
    import random

    from reportlab.pdfbase.ttfonts import TTFont

    from digiamt_desk.documents.fonts import SANS, _quick_font_class, font_file

    plain = TTFont("plain-sans", font_file(SANS))
    quick = _quick_font_class(TTFont)("quick-sans", font_file(SANS))
    alphabet = ("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ ABC.,-/:;0123456789\u00a0€§„“–()\\"
                + "".join(map(chr, range(0x100, 0x250))) + "ЖЯ中\U0001F415")
    chooser = random.Random(11)

    class Document:  # reportlab keeps its codes per document object
        pass

    for _document in range(6):
        mine, theirs = Document(), Document()
        for number in range(1500):
            # Every other text from the usual few dozen characters: the quick path's case.
            letters = alphabet[:45] if number % 2 else alphabet
            text = "".join(chooser.choice(letters) for _ in range(chooser.randint(0, 40)))
            assert quick.splitString(text, mine) == plain.splitString(text, theirs), text
