"""`python -m digiamt_desk.cli`: the same as the `digiamt` command."""

import sys

from digiamt_desk.cli import main

sys.exit(main())
