"""PDF/A-2b finishing with pikepdf: XMP metadata with the PDF/A identification, the document's
language and an sRGB output intent, so letters and certificates can go to the e-file."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

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


def finish_pdfa(pdf_bytes: bytes, info: PdfInfo) -> bytes:
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
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:language"] = {LANGUAGE}
        icc = pdf.make_stream(srgb_profile())
        icc.N = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"),
            DestOutputProfile=icc,
        )])
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=True, deterministic_id=False)
        return out.getvalue()
