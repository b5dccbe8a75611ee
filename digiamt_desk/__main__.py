"""`python -m digiamt_desk` and `digiamt-desk` start the desktop application."""

import multiprocessing
import sys


def main() -> int:
    # A document batch renders in worker processes; in the frozen bundle each of them starts
    # this program again, and freeze_support() turns it into the worker.
    multiprocessing.freeze_support()
    # The services (SQLAlchemy, SQLModel) load before Qt: once PySide6 is in, it inspects the
    # source of every module imported after it, which costs a quarter of a second at start.
    import digiamt_desk.services.applications
    import digiamt_desk.services.procedures
    import digiamt_desk.services.review
    import digiamt_desk.services.table  # noqa: F401
    from digiamt_desk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
