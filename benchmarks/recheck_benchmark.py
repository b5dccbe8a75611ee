"""Re-check of awarded authorities: 100 awards of 200 counted procedures each (20,000 links)
against a loopback server that answers every request after 50 ms (issue 15: at the link
checker's speed, about 1.2x the ideal).

The ideal is links x 50 ms / concurrency. Measured in the same run: the link checker alone
(`LinkChecker.run` over all 20,000 links at once) and the re-check (`run_recheck`: a
`run_checks` per authority, two at a time with half the limits each, results judged and
stored, the run kept with its date), both with
the settings `digiamt recheck` uses (no page reading: HEAD requests), the per-host limit raised
to the concurrency because every link goes to one host. The server is the link check
benchmark's (its own process, asyncio).

    .venv/bin/python benchmarks/recheck_benchmark.py [--authorities 100] [--links 200]
        [--concurrency 16] [--delay 0.05] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_check_benchmark import start_server


def build(desk: Any, base: str, authorities: int, links: int) -> None:
    from sqlalchemy import select

    from digiamt_desk.store.tables import APPLICATIONS, FINAL_DECISIONS, PROCEDURES, REGISTER

    with desk.engine.connect() as connection:
        entries = list(connection.execute(
            select(REGISTER.c.ars, REGISTER.c.name, REGISTER.c.official_name, REGISTER.c.kind)
            .where(REGISTER.c.kind == "Gemeinde").order_by(REGISTER.c.ars)))[:authorities]
    now = datetime(2025, 6, 1, tzinfo=UTC)
    with desk.engine.begin() as connection:
        for n, (ars, name, official, kind) in enumerate(entries, 1):
            connection.execute(APPLICATIONS.insert().values(
                id=n, ars=ars, name=name, official_name=official, kind=kind,
                reference=f"BENCH-{n}", status="awarded", received_on="2025-05-01",
                created_at=now, updated_at=now))
            connection.execute(FINAL_DECISIONS.insert().values(
                application_id=n, status="awarded", at=now, by="Benchmark",
                criteria_version="2021-07", threshold=50, procedures=links, accepted=links,
                rejected=0, open=0, counted=links))
            connection.execute(PROCEDURES.insert(), [
                {"application_id": n, "title": f"Verfahren {i}",
                 "url": f"{base}/verfahren/{n}/{i}", "url_key": f"{base}/verfahren/{n}/{i}",
                 "link_kind": "http", "decision": "accepted"} for i in range(links)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--authorities", type=int, default=100)
    parser.add_argument("--links", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from digiamt_desk.checks.links import CheckSettings, LinkChecker
    from digiamt_desk.services import recheck
    from digiamt_desk.services.desk import open_desk

    total = args.authorities * args.links
    ideal = total * args.delay / args.concurrency
    settings = CheckSettings(timeout=15, concurrency=args.concurrency,
                             per_host=args.concurrency, read_pages=False,
                             allow_private_networks=True)  # the loopback test server
    process, port, peak = start_server(args.delay)
    base = f"http://127.0.0.1:{port}"
    result: dict[str, Any] = {"authorities": args.authorities, "links": total,
                              "concurrency": args.concurrency, "delay_s": args.delay,
                              "ideal_s": round(ideal, 2)}
    try:
        with tempfile.TemporaryDirectory() as folder:
            desk = open_desk(Path(folder) / "bench.db", reviewer="Benchmark", create=True)
            try:
                build(desk, base, args.authorities, args.links)
                pairs = [(i, f"{base}/verfahren/x/{i}") for i in range(total)]
                started = time.perf_counter()
                run = LinkChecker(settings).run(pairs)
                checker = time.perf_counter() - started
                assert dict(run.counts()) == {"ok": total}, run.counts()
                awards = recheck.awards_to_recheck(desk)
                started = time.perf_counter()
                report = recheck.run_recheck(desk, awards, settings=settings)
                seconds = time.perf_counter() - started
                assert report.run_id is not None and len(report.results) == args.authorities
                assert not report.below, [r.name for r in report.below]
            finally:
                desk.close()
    finally:
        process.terminate()
        process.join(5)
    result.update({
        "checker_s": round(checker, 2), "checker_vs_ideal": round(checker / ideal, 2),
        "recheck_s": round(seconds, 2), "recheck_vs_ideal": round(seconds / ideal, 2),
        "recheck_vs_checker": round(seconds / checker, 2),
        "server_peak_in_flight": int(peak.value)})
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
