"""The link check: 2,000 links against a local server that answers each request after 50 ms.

Measures
- the checker alone (`LinkChecker.run`) and the whole service (`run_checks`: results judged
  and written in batches to the database) against the ideal given the concurrency limit,
  links x 50 ms / concurrency; goal: within 1.5x;
- the GUI thread during a check from the review window (the real `MainWindow`, its model
  receiving results as they arrive): a 10 ms `QTimer` on the GUI thread records the gaps
  between its ticks; the longest gap minus the 10 ms interval is the longest block. Goal:
  never more than 50 ms.

The server runs in its own process (so it does not share the GIL with the checker) on an
asyncio loop: every request waits 50 ms with `asyncio.sleep`, never blocking the others, and
the server records how many requests it held at once; that peak equal to the concurrency
shows the server took everything the checker offered (it is not the bottleneck). All links go
to one host, so the per-host limit is set to the concurrency here (the default per host is 6,
a politeness to real servers).

    .venv/bin/python benchmarks/link_check_benchmark.py [--links 2000] [--concurrency 16]
        [--delay 0.05] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGE = (b"<!doctype html><html><head><title>Antrag</title></head><body>"
        b"<form action='/senden' method='post'><input name='name'><button>Senden</button>"
        b"</form></body></html>")


def _serve(delay: float, port_out: Any, peak: Any, ready: Any) -> None:
    """The server process: HTTP/1.1 with keep-alive, one answer per request after `delay`."""
    in_flight = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal in_flight
        try:
            while True:
                request = await reader.readline()
                if not request:
                    break
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                in_flight += 1
                peak.value = max(peak.value, in_flight)
                await asyncio.sleep(delay)
                in_flight -= 1
                body = b"" if request.startswith(b"HEAD") else PAGE
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                             b"Content-Length: %d\r\n\r\n" % len(PAGE) + body)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.value = server.sockets[0].getsockname()[1]
        ready.set()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def start_server(delay: float) -> tuple[multiprocessing.Process, int, Any]:
    port = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    ready = multiprocessing.Event()
    process = multiprocessing.Process(target=_serve, args=(delay, port, peak, ready),
                                      daemon=True)
    process.start()
    if not ready.wait(10):
        raise RuntimeError("the benchmark server did not start")
    return process, int(port.value), peak


def bench_checker(base: str, links: int, concurrency: int) -> dict[str, Any]:
    from digiamt_desk.checks.links import CheckSettings, LinkChecker

    settings = CheckSettings(timeout=15, concurrency=concurrency, per_host=concurrency,
                             allow_private_networks=True)  # the servers run on loopback
    pairs = [(n, f"{base}/verfahren/{n}") for n in range(links)]
    started = time.perf_counter()
    run = LinkChecker(settings).run(pairs)
    seconds = time.perf_counter() - started
    counts = dict(run.counts())
    assert counts == {"ok": links}, counts
    return {"seconds": seconds, "counts": counts}


def _desk_with_application(base: str, links: int, folder: Path) -> tuple[Any, int]:
    from digiamt_desk.services import applications
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.imports import import_source

    desk = open_desk(folder / "bench.db", reviewer="benchmark", create=True)
    source = folder / "liste.csv"
    lines = ["Bezeichnung;Link"] + [f"Verfahren {n};{base}/verfahren/{n}" for n in range(links)]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    import_source(desk, str(source), ars="09180117")
    application = applications.find_application(desk, "09180117")
    assert application.id is not None
    return desk, application.id


def bench_service(desk: Any, app_id: int, concurrency: int) -> dict[str, Any]:
    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.services.checks import run_checks

    settings = CheckSettings(timeout=15, concurrency=concurrency, per_host=concurrency,
                             allow_private_networks=True)  # the servers run on loopback
    started = time.perf_counter()
    report = run_checks(desk, app_id, settings=settings)
    seconds = time.perf_counter() - started
    assert report.counts == {"ok": report.total}, report.counts
    return {"seconds": seconds, "stored": report.stored}


def bench_gui(desk: Any, app_id: int, concurrency: int) -> dict[str, Any]:
    """The review window runs the check; a 10 ms timer on the GUI thread measures blocks."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["benchmark"])
    window = MainWindow(desk)
    window.resize(1600, 1000)
    window.show()
    window.open_application(app_id)
    app.processEvents()
    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    reports: list[Any] = []

    def finished(report: Any) -> None:
        reports.append(report)
        loop.quit()

    window.checks.checkFinished.connect(finished)
    settings = CheckSettings(timeout=15, concurrency=concurrency, per_host=concurrency,
                             allow_private_networks=True)  # the servers run on loopback
    started = time.perf_counter()
    last = started
    timer.start()
    assert window.checks.start_check(selection=False, settings=settings)
    loop.exec()
    timer.stop()
    seconds = time.perf_counter() - started
    report = reports[0]
    assert report is not None and report.counts == {"ok": report.total}, report
    model = window.procedures_model
    shown = sum(1 for r in range(model.rowCount())
                if model.index(r, model.CHECK).data() == "reachable")
    window.close()
    longest = max(gaps) if gaps else 0.0
    ordered = sorted(gaps)
    return {"seconds": seconds, "ticks": len(gaps), "longest_gap_ms": longest * 1000,
            "longest_block_ms": max(0.0, longest - 0.010) * 1000,
            "p99_gap_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else 0.0,
            "rows_showing_result": shown}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    process, port, peak = start_server(args.delay)
    base = f"http://127.0.0.1:{port}"
    ideal = args.links * args.delay / args.concurrency
    results: dict[str, Any] = {"links": args.links, "concurrency": args.concurrency,
                               "delay_s": args.delay, "ideal_s": ideal}
    try:
        checker = bench_checker(base, args.links, args.concurrency)
        results["checker"] = {**checker, "ratio": checker["seconds"] / ideal,
                              "links_per_s": args.links / checker["seconds"]}
        results["server_peak_in_flight"] = int(peak.value)
        with tempfile.TemporaryDirectory() as folder:
            desk, app_id = _desk_with_application(base, args.links, Path(folder))
            try:
                service = bench_service(desk, app_id, args.concurrency)
                results["service"] = {**service, "ratio": service["seconds"] / ideal,
                                      "links_per_s": args.links / service["seconds"]}
                gui = bench_gui(desk, app_id, args.concurrency)
                results["gui"] = {**gui, "ratio": gui["seconds"] / ideal}
            finally:
                desk.close()
    finally:
        process.terminate()
        process.join(5)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{args.links} links, {args.delay * 1000:.0f} ms each, concurrency "
          f"{args.concurrency}: ideal {ideal:.2f} s")
    for name in ("checker", "service", "gui"):
        r = results[name]
        print(f"  {name:8} {r['seconds']:6.2f} s  {args.links / r['seconds']:6.0f} links/s  "
              f"{r['ratio']:.2f}x the ideal")
    gui = results["gui"]
    print(f"  GUI thread: longest block {gui['longest_block_ms']:.1f} ms (gap "
          f"{gui['longest_gap_ms']:.1f} ms between 10 ms ticks, p99 {gui['p99_gap_ms']:.1f} "
          f"ms, {gui['ticks']} ticks); rows showing a result: {gui['rows_showing_result']}")
    print(f"  server: at most {results['server_peak_in_flight']} requests at once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
