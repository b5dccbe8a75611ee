"""The built bundle (dist/digiamt-desk, from `bash .ci/build-bundle`; .ci/run builds it before
the tests): it carries Qt's plugins and the resources, its self-test passes headless, and its
`digiamt` command works and refuses a database another program holds."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "digiamt-desk"
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.skipif(not (BUNDLE / f"digiamt-desk{EXE}").exists(),
                                reason="no bundle in dist/ (bash .ci/build-bundle builds it)")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}


def test_the_bundle_carries_plugins_and_resources() -> None:
    internal = BUNDLE / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if not plugins.exists():  # Windows wheels put the plugins beside the libraries
        plugins = internal / "PySide6" / "plugins"
    def plain(path: str) -> str:  # libqxcb.so (Linux) and qxcb.dll (Windows) alike
        folder, _, name = path.rpartition("/")
        return f"{folder}/{name.removeprefix('lib').split('.')[0]}".lstrip("/")

    names = {plain(p.relative_to(plugins).as_posix()) for p in plugins.rglob("*") if p.is_file()}
    for wanted in ("platforms/qoffscreen", "imageformats/qsvg", "imageformats/qpdf",
                   "imageformats/qjpeg", "iconengines/qsvgicon"):
        assert wanted in names, wanted
    if sys.platform.startswith("linux"):
        assert "platforms/qxcb" in names
    libraries = {plain(p.name) for p in internal.rglob("*Qt6*")}
    for wanted in ("Qt6Pdf", "Qt6PdfWidgets", "Qt6Svg", "Qt6PrintSupport"):
        assert wanted in libraries, wanted
    assert not any("WebEngine" in name or "Quick" in name for name in libraries)
    for resource in ("i18n/digiamt_de.qm", "icons/digiamt-desk-256.png", "criteria",
                     "selftest/procedures.csv", "templates", "fonts"):
        assert (internal / "resources" / resource).exists(), resource
    assert (internal / "digiamt_desk" / "store" / "migrations" / "env.py").exists()


def test_the_self_test_passes_headless(env: dict[str, str]) -> None:
    result = subprocess.run([str(BUNDLE / f"digiamt-desk{EXE}"), "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: passed" in result.stdout
    for step in ("import", "decision", "documents", "pdf, svg, printing", "window"):
        assert f"ok   {step}" in result.stdout


def test_the_command_in_the_bundle(env: dict[str, str], tmp_path: Path) -> None:
    cli = str(BUNDLE / f"digiamt{EXE}")
    database = tmp_path / "demo.db"
    made = subprocess.run([cli, "--db", str(database), "demo"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run([cli, "--db", str(database), "applications"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "Garmisch-Partenkirchen" in listed.stdout
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from digiamt_desk.store import lock
        lock.acquire(Path(sys.argv[1]))
        print("ready", flush=True)
        time.sleep(60)
    """), str(database)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        refused = subprocess.run([cli, "--db", str(database), "applications"], env=env,
                                 capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and f"process {holder.pid}" in refused.stderr
