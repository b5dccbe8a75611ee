"""DigiAmt Desk: review applications for the Bavarian award "Digitales Amt"."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # `__version__` is read from the package metadata on first use: importlib.metadata costs
    # about 0.05 s, which every start of the `digiamt` command would otherwise pay.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("digiamt-desk")
    except PackageNotFoundError:  # running from a source tree that was not installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
