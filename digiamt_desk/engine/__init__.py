"""The review engine: what the review table computes, without Qt.

Sort keys and ranks in German order (`ranks`), facet codes and counts (`facets`), the rows a
change touched (`rows`). The Qt model (ui/procedure_model.py) adapts it to the view; the tests
of tests/unit/test_review_engine.py run it without a QApplication. An import-linter contract
keeps Qt out of this package."""
