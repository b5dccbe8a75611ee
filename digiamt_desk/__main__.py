"""`python -m digiamt_desk` and `digiamt-desk` start the desktop application."""

import sys


def main() -> int:
    # A document batch renders in worker processes; in the frozen bundle each of them starts
    # this program again, and freeze_support() turns it into the worker.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    # Only Qt and the light ui modules load before the window is shown; the database layer
    # (SQLAlchemy, SQLModel, the tables) loads on a pool thread after its first paint.
    from digiamt_desk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
