"""`python -m digiamt_desk` and `digiamt-desk` start the desktop application."""

import multiprocessing
import sys


def main() -> int:
    # A document batch renders in worker processes; in the frozen bundle each of them starts
    # this program again, and freeze_support() turns it into the worker.
    multiprocessing.freeze_support()
    from digiamt_desk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
