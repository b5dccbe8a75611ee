"""`python -m digiamt_desk` and `digiamt-desk` start the desktop application."""

import sys


def main() -> int:
    from digiamt_desk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
