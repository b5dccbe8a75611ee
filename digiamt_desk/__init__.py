"""DigiAmt Desk: review applications for the Bavarian award "Digitales Amt"."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("digiamt-desk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
