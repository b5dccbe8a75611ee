"""An unexpected error is written to the log and shown once with the log's path."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from digiamt_desk.ui import app as app_module


def test_unexpected_error_is_logged_and_shown_once(qapp: object, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "log_folder", lambda: tmp_path)
    monkeypatch.setattr(app_module, "_error_shown", False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    root = logging.getLogger()
    handlers = list(root.handlers)
    app_module._setup_logging()
    try:
        for attempt in range(2):
            try:
                raise RuntimeError(f"kaputt {attempt}")
            except RuntimeError:
                app_module._excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                handler.close()
                root.removeHandler(handler)
    assert len(shown) == 1
    assert "kaputt 0" in shown[0] and str(tmp_path / "digiamt.log") in shown[0]
    log = (tmp_path / "digiamt.log").read_text(encoding="utf-8")
    assert "RuntimeError: kaputt 0" in log and "RuntimeError: kaputt 1" in log
    assert "Traceback" in log
