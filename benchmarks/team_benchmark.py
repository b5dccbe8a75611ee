"""Team mode on a PostgreSQL server: the figures issue 13 names, each against a baseline of the
same run.

1. COPY import: the store's COPY (store/pg_copy.py) of N procedure rows, and the whole
   `import_source` of a dashboard CSV with those rows, against `psql \\copy` of the same rows into
   the same table.
2. Ten reviewer processes deciding at once against one server, one procedure per decision (with
   the version check): decisions per second, p99 latency of a decision, nothing lost (every
   decision in the history); baseline: one process making its share alone.
3. Check-in of an application with 300 procedures and 300 offline changes; baseline: making
   those 300 changes in the SQLite file.

Starts a throwaway cluster (as tests/pg_cluster.py does) unless --url names a server database:

    .venv/bin/python benchmarks/team_benchmark.py [--rows 100000] [--processes 10]
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from pg_cluster import Cluster, server_binaries, start_cluster, stop_cluster  # noqa: E402

from digiamt_desk.domain.review import Decision  # noqa: E402
from digiamt_desk.services import offline, review  # noqa: E402
from digiamt_desk.services.applications import create_application  # noqa: E402
from digiamt_desk.services.desk import Desk, open_desk  # noqa: E402
from digiamt_desk.services.imports import import_source  # noqa: E402
from digiamt_desk.services.procedures import list_procedures  # noqa: E402
from digiamt_desk.store.bulk import insert_many  # noqa: E402
from digiamt_desk.store.tables import PROCEDURES  # noqa: E402

COLUMNS = ("application_id", "title", "url", "url_key", "link_kind", "provider", "leika_keys",
           "ozg_ids", "source_rows", "duplicate_rows")


def _database(cluster: Cluster, name: str) -> str:
    cluster.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    cluster.admin_sql(f"CREATE DATABASE {name}")
    return cluster.url(name)


def _rows(application_id: int, count: int) -> list[tuple[Any, ...]]:
    return [(application_id, f"Verfahren Nummer {i} – Antrag", f"https://portal.example/d/{i}",
             f"https://portal.example/d/{i}", "http", "municipal", f"9905001210{i % 10000:04d}",
             "", str(i + 1), 0) for i in range(count)]


def bench_copy(cluster: Cluster, count: int, folder: Path) -> dict[str, float]:
    url = _database(cluster, "bench_copy")
    desk = open_desk(url, reviewer="bench")
    application = create_application(desk, "09162000")
    assert application.id is not None
    rows = _rows(application.id, count)
    text = folder / "rows.tsv"
    with text.open("w", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerows(rows)
    result: dict[str, list[float]] = {"psql": [], "copy": [], "import": []}
    for _ in range(3):
        desk.engine.dispose()
        with desk.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE procedure CASCADE")
        started = time.perf_counter()
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U",
                        "postgres", "-d", "bench_copy", "-c",
                        f"\\copy procedure ({', '.join(COLUMNS)}) FROM '{text}'"], check=True)
        result["psql"].append(time.perf_counter() - started)
        with desk.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE procedure CASCADE")
        started = time.perf_counter()
        with desk.engine.begin() as connection:
            insert_many(connection, PROCEDURES, COLUMNS, rows)
        result["copy"].append(time.perf_counter() - started)
    # The whole import of the same rows as a dashboard CSV (decode, check, merge, store).
    source = folder / "dashboard.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["leika_key", "leika_name", "ars", "ars_name", "url"])
        for row in rows:
            writer.writerow([row[6], row[1], "091620000000", "München", row[2]])
    for attempt in range(2):
        with desk.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE procedure, import_run, change_set, "
                                       "history_entry CASCADE")
        started = time.perf_counter()
        import_source(desk, str(source), ars="09162000")
        result["import"].append(time.perf_counter() - started)
        del attempt
    desk.close()
    best = {k: min(v) for k, v in result.items()}
    return {"rows": count, "psql_copy_s": best["psql"], "store_copy_s": best["copy"],
            "store_copy_ratio": best["copy"] / best["psql"], "import_s": best["import"],
            "import_ratio": best["import"] / best["psql"]}


def _decider(url: str, name: str, application_id: int, ids: list[int], start: Any,
             out: Any) -> None:
    desk = open_desk(url, reviewer=name)
    versions = {p.id: p.version for p in list_procedures(desk, application_id, ids)}
    start.wait()
    latencies = []
    cpu = time.process_time()
    for pid in ids:
        t = time.perf_counter()
        review.decide(desk, application_id, [pid], Decision.ACCEPTED,
                      expected={pid: versions[pid]})
        latencies.append(time.perf_counter() - t)
    out.put((name, time.process_time() - cpu, latencies))
    desk.close()


def _run_deciders(url: str, application_id: int, shares: list[list[int]]
                  ) -> tuple[float, list[float], float, int]:
    """(wall time, latencies, client CPU seconds, samples of a decision waiting for a lock)"""
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(len(shares) + 1), context.Queue()
    workers = [context.Process(target=_decider, args=(url, f"r{n}", application_id, share,
                                                      start, out))
               for n, share in enumerate(shares)]
    for worker in workers:
        worker.start()
    import psycopg

    start.wait()
    began = time.perf_counter()
    lock_waits = 0
    results: list[Any] = []
    with psycopg.connect(url, autocommit=True) as watcher:
        while len(results) < len(workers):
            lock_waits += watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ).fetchone()[0]  # type: ignore[index]
            try:
                results.append(out.get(timeout=0.05))
            except Exception:  # queue.Empty: keep sampling
                continue
    wall = time.perf_counter() - began
    for worker in workers:
        worker.join()
    return (wall, [lat for _, _, lats in results for lat in lats],
            sum(cpu for _, cpu, _ in results), lock_waits)


def bench_deciders(cluster: Cluster, processes: int, each: int, folder: Path
                   ) -> dict[str, float]:
    url = _database(cluster, "bench_decide")
    desk = open_desk(url, reviewer="bench")
    application = _application(desk, folder, processes * each + each)
    assert application is not None
    ids = [p.id for p in list_procedures(desk, application)]
    alone_wall, alone, alone_cpu, _ = _run_deciders(url, application, [ids[:each]])
    shares = [ids[each + n * each: each + (n + 1) * each] for n in range(processes)]
    wall, latencies, cpu, lock_waits = _run_deciders(url, application, shares)
    decided = sum(1 for p in list_procedures(desk, application) if p.decision == "accepted")
    logged = sum(1 for line in review.history(desk, application) if line.field == "decision")
    desk.close()
    latencies.sort()
    return {"processes": processes, "decisions": processes * each,
            "decisions_per_s": processes * each / wall,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
            "alone_per_s": each / alone_wall,
            "alone_p99_ms": 1000 * sorted(alone)[int(0.99 * (len(alone) - 1))],
            "client_cpu_ms_per_decision": 1000 * cpu / (processes * each),
            "alone_client_cpu_ms_per_decision": 1000 * alone_cpu / each,
            "cores_busy_in_clients": cpu / wall, "lock_wait_samples": lock_waits,
            "lost": len(ids) - decided, "in_history": logged}


def _application(desk: Desk, folder: Path, count: int) -> int:
    source = folder / f"liste{count}.csv"
    lines = ["Bezeichnung;Link"] + [f"Verfahren {i};https://portal.example/v{i}"
                                    for i in range(count)]
    source.write_text("\n".join(lines), encoding="utf-8")
    return import_source(desk, str(source), ars="096").application_id


def bench_checkin(cluster: Cluster, folder: Path) -> dict[str, float]:
    url = _database(cluster, "bench_checkin")
    desk = open_desk(url, reviewer="bench")
    application = _application(desk, folder, 300)
    file = folder / "unterwegs.sqlite"
    file.unlink(missing_ok=True)
    started = time.perf_counter()
    offline.checkout(desk, [application], file)
    checkout_s = time.perf_counter() - started
    laptop = open_desk(file, reviewer="bench")
    started = time.perf_counter()
    for procedure in list_procedures(laptop, application):
        review.decide(laptop, application, [procedure.id], Decision.ACCEPTED)
    offline_s = time.perf_counter() - started
    laptop.close()
    started = time.perf_counter()
    report = offline.checkin(desk, file)
    checkin_s = time.perf_counter() - started
    assert report.change_sets == 300, report
    started = time.perf_counter()
    again = offline.checkin(desk, file)
    second_s = time.perf_counter() - started
    assert again.change_sets == 0
    desk.close()
    return {"checkout_s": checkout_s, "offline_300_changes_s": offline_s,
            "checkin_s": checkin_s, "checkin_ratio_to_offline": checkin_s / offline_s,
            "second_checkin_s": second_s}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--each", type=int, default=100, help="decisions per process")
    parser.add_argument("--only", choices=("copy", "deciders", "checkin"))
    args = parser.parse_args()
    binaries = server_binaries()
    if binaries is None:
        sys.exit("PostgreSQL server binaries are missing (bash .ci/setup installs them)")
    cluster = start_cluster(binaries)
    os.environ.setdefault("PGCONNECT_TIMEOUT", "10")
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            if args.only in (None, "copy"):
                print("copy:", bench_copy(cluster, args.rows, folder), flush=True)
            if args.only in (None, "deciders"):
                print("deciders:", bench_deciders(cluster, args.processes, args.each, folder),
                      flush=True)
            if args.only in (None, "checkin"):
                print("checkin:", bench_checkin(cluster, folder), flush=True)
    finally:
        stop_cluster(cluster)


if __name__ == "__main__":
    main()
