"""The review engine: what the review table computes, without Qt.

The table's state (`review`: filter, sort, the rows shown, facet counts, rows by id, the rows a
change touched), its columns and sort keys (`columns`), sort ranks in German order (`ranks`),
facet codes and counts (`facets`), the next open row and text matches (`rows`). The Qt model
(ui/procedure_model.py) adapts it to the view; tests/unit/test_review_engine.py and
test_review_state.py run it without a QApplication. An import-linter contract keeps Qt out of
this package."""
