"""Documents: one complete set, and a batch, against reportlab drawing bare one-page letters in
the same run (the machine's speed for this kind of work).

- Set: award letter with a 300-procedure annex, certificate, signet in 256, 512 and 1024 px
  plus SVG, from the database to files (`services.documents.produce_documents`).
  Goal (issue 4): under 150 ms.
- Batch: documents of 500 awarded applications (50 to 350 counted procedures each, 200 on
  average) into one folder (`services.documents.produce_batch`), each with its review record
  (Prüfvermerk) since issue 11. Goal: under 30 s on two cores.
- Baseline: the same number of bare one-page letters (ten lines of text on a canvas).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import col, select, update

from digiamt_desk.documents.fonts import SANS, register_fonts
from digiamt_desk.documents.signet import ensure_gui
from digiamt_desk.services import documents
from digiamt_desk.services.applications import create_application
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.store.tables import PROCEDURES, Application, RegisterEntryRow


def bare_letters(count: int, folder: Path) -> float:
    """reportlab's own floor: one page, ten lines, our embedded font, written to a file."""
    start = time.perf_counter()
    for number in range(count):
        canvas = Canvas(str(folder / f"bare-{number}.pdf"), pagesize=A4, initialFontName=SANS)
        canvas.setFont(SANS, 10)
        for line in range(10):
            canvas.drawString(72, 760 - line * 14, f"Zeile {line} des Briefes Nummer {number}")
        canvas.showPage()
        canvas.save()
    return time.perf_counter() - start


def make_applications(desk: Desk, counts: list[int]) -> list[int]:
    with desk.session() as session:
        keys = list(session.exec(select(RegisterEntryRow.ars)
                                 .where(col(RegisterEntryRow.kind).in_(["Gemeinde", "Markt",
                                                                        "Stadt"]))
                                 .order_by(RegisterEntryRow.ars).limit(len(counts))))
    ids = []
    for ars, counted in zip(keys, counts, strict=True):
        app = create_application(desk, ars, head_title="Erster Bürgermeister",
                                 head_name="Max Mustermann")
        assert app.id is not None
        ids.append(app.id)
        rows = [{"application_id": app.id, "title": f"Online-Verfahren Nummer {i} beantragen",
                 "url": f"https://www.buergerservice-portal.de/bayern/{ars}/verfahren-{i}",
                 "url_key": f"buergerservice-portal.de/bayern/{ars}/verfahren-{i}",
                 "link_kind": "http", "decision": "accepted"} for i in range(counted)]
        with desk.engine.begin() as connection:
            connection.execute(PROCEDURES.insert(), rows)
    with desk.session() as session:
        session.exec(update(Application).values(status="awarded"))  # type: ignore[call-overload]
        session.commit()
    return ids


def cpu_seconds() -> float:
    """User and system time of this process and of its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    ensure_gui()
    register_fonts()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        desk = open_desk(folder / "bench.db", reviewer="Benchmark", create=True)
        sizes = [50 + (i * 37) % 301 for i in range(args.batch)]  # 50..350, about 200 each
        ids = make_applications(desk, [300, *sizes])
        one, batch = ids[0], ids[1:]

        bare_letters(3, folder)  # warm-up
        documents.produce_documents(desk, one, folder / "warm")
        set_times = []
        bare_times = []
        for run in range(args.runs):
            start = time.perf_counter()
            written = documents.produce_documents(desk, one, folder / f"set-{run}")
            set_times.append(time.perf_counter() - start)
            bare_times.append(bare_letters(1, folder))
        assert len(written) == 6

        bare_batch = bare_letters(len(batch), folder)
        cpu_before = cpu_seconds()
        start = time.perf_counter()
        report = documents.produce_batch(desk, batch, folder / "batch")
        batch_time = time.perf_counter() - start
        batch_cpu = cpu_seconds() - cpu_before
        assert not report.failed and len(report.written) == len(batch)
        records = sum(1 for paths in report.written.values() for path in paths
                      if path.name.endswith("_Pruefvermerk.pdf"))
        desk.close()

    result = {
        "set_ms_median": round(statistics.median(set_times) * 1000, 1),
        "set_ms_min": round(min(set_times) * 1000, 1),
        "bare_letter_ms_median": round(statistics.median(bare_times) * 1000, 2),
        "set_vs_bare_letter": round(statistics.median(set_times) / statistics.median(bare_times),
                                    1),
        "batch_applications": len(batch),
        "batch_s": round(batch_time, 1),
        "bare_letters_s": round(bare_batch, 2),
        "batch_vs_bare_letters": round(batch_time / bare_batch, 1),
        "batch_ms_per_application": round(batch_time / len(batch) * 1000, 1),
        "batch_review_records": records,
        # CPU time of the batch (this process and the workers): what the other sessions on
        # the machine cannot stretch, unlike the seconds.
        "batch_cpu_s": round(batch_cpu, 1),
        "batch_cpu_vs_bare_letters": round(batch_cpu / bare_batch, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
