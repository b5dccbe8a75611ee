"""PDF/A-2b finishing with pikepdf: XMP metadata with the PDF/A identification, the document's
language and an sRGB output intent, so letters and certificates can go to the e-file."""

from __future__ import annotations

import functools
import io
import zlib
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pikepdf
from PIL import ImageCms

LANGUAGE = "de-DE"


@dataclass(frozen=True, slots=True)
class PdfInfo:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by littlecms (part of Pillow): no profile file to ship."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


@functools.cache
def _compressed_profile() -> bytes:
    return zlib.compress(srgb_profile())


def _xmp_date(value: object) -> str:
    """"D:20261202003045+00'00'" (the info dictionary) as XMP writes it,
    "2026-12-02T00:30:45+00:00"."""
    text = str(value).removeprefix("D:")
    stamp = (f"{text[0:4]}-{text[4:6]}-{text[6:8]}T{text[8:10]}:{text[10:12]}:"
             f"{text[12:14]}")
    zone = text[14:].replace("'", "")
    if zone in ("", "Z"):
        return stamp + "Z"
    return f"{stamp}{zone[0]}{zone[1:3]}:{zone[3:5] or '00'}"


def xmp_packet(info: PdfInfo, docinfo: pikepdf.Dictionary) -> str:
    """The XMP metadata, written out rather than built with pikepdf's XMP editor (a third of
    the finishing time): PDF/A-2b identification, and the same title, author, subject,
    keywords, tools and dates as the info dictionary, as PDF/A requires."""
    def text(name: str) -> str:
        value = docinfo.get(pikepdf.Name(name))
        return escape(str(value)) if value is not None else ""

    def optional(tag: str, name: str) -> str:
        value = text(name)
        return f"<{tag}>{value}</{tag}>" if value else ""

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{value}</rdf:li></rdf:Alt>'

    created = docinfo.get(pikepdf.Name.CreationDate)
    modified = docinfo.get(pikepdf.Name.ModDate, created)
    dates = ""
    if created is not None:
        dates = (f"<xmp:CreateDate>{_xmp_date(created)}</xmp:CreateDate>"
                 f"<xmp:ModifyDate>{_xmp_date(modified)}</xmp:ModifyDate>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        f"<dc:format>application/pdf</dc:format><dc:title>{alt(text('/Title'))}</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{text('/Author')}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:description>{alt(text('/Subject'))}</dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>"
        f"{optional('pdf:Keywords', '/Keywords')}{optional('pdf:Producer', '/Producer')}"
        f"{optional('xmp:CreatorTool', '/Creator')}{dates}"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        + " " * 200 + '<?xpacket end="w"?>')


def finish_pdfa(pdf_bytes: bytes, info: PdfInfo) -> bytes:
    """The PDF/A-2b parts added and the file written out by qpdf (which also puts the streams
    and the cross-reference table in the form PDF/A asks for). reportlab compresses every
    stream already (`fonts.register_fonts` turns its ASCII85 layer off) and the profile is
    compressed once a process, so qpdf copies the streams as they are: a fifth of the time
    it took to decode and compress them again."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        pdf.docinfo[pikepdf.Name.Title] = info.title
        pdf.docinfo[pikepdf.Name.Author] = info.author
        pdf.docinfo[pikepdf.Name.Subject] = info.subject
        if info.keywords:
            pdf.docinfo[pikepdf.Name.Keywords] = ", ".join(k for k in info.keywords if k)
        if pikepdf.Name.Trapped in pdf.docinfo:  # no XMP equivalent in PDF/A-2
            del pdf.docinfo[pikepdf.Name.Trapped]
        pdf.Root.Lang = pikepdf.String(LANGUAGE)
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=False)
        metadata = pdf.make_stream(xmp_packet(info, pdf.docinfo).encode("utf-8"))
        metadata.Type = pikepdf.Name.Metadata
        metadata.Subtype = pikepdf.Name.XML
        pdf.Root.Metadata = metadata
        icc = pdf.make_stream(b"")
        icc.write(_compressed_profile(), filter=pikepdf.Name.FlateDecode)
        icc.N = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"),
            DestOutputProfile=icc,
        )])
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, deterministic_id=False,
                 compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
        return out.getvalue()
