"""`digiamt-desk --self-test`: every step once in a temporary folder; the failing step is named
and the exit status says whether the installation works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from digiamt_desk.services.selftest import SelfTestState, StepResult, run_self_test


def test_the_steps_run_in_order_and_a_failure_stops_at_its_step(qapp: object,
                                                                 tmp_path: Path) -> None:
    reported: list[StepResult] = []

    def broken(_state: SelfTestState) -> str:
        raise RuntimeError("the printer is on fire")

    def never(_state: SelfTestState) -> str:
        raise AssertionError("a step after a failure ran")

    results = run_self_test(tmp_path, extra=[("printing", broken), ("after", never)],
                            report=reported.append)
    assert [r.name for r in results] == ["resources", "demo database", "open", "import",
                                         "decision", "documents", "backup", "printing"]
    assert all(r.ok for r in results[:-1]) and not results[-1].ok
    assert "RuntimeError: the printer is on fire" in results[-1].detail
    assert reported == results
    documents = sorted(p.name for p in (tmp_path / "documents").iterdir())
    assert any(n.endswith(".pdf") for n in documents) and any(n.endswith(".svg")
                                                              for n in documents)


def test_the_self_test_from_the_source_tree_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "digiamt_desk", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test: passed (10 steps")
    assert any(line.startswith("self-test: ok   pdf, svg, printing") for line in lines)
    assert not (tmp_path / "data").exists()  # nothing of the user's folders was touched
