"""Where the certificate's text blocks go, in millimetres: the blank-paper layout, and the
user's positions for pre-printed certificate paper. (No reportlab here: the settings dialog
reads these at start-up.)"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Position:
    """Where a text block goes: its centre line (x), the top of its first line (y) and the
    width it may take, in millimetres from the top left corner of the paper."""
    x: float
    y: float
    width: float


# The blank-paper layout; also the starting point for pre-printed paper.
DEFAULT_POSITIONS: dict[str, Position] = {
    "name": Position(105, 118, 160),
    "reason": Position(105, 182, 140),
    "place_date": Position(62, 236, 75),
    "signature": Position(148, 230, 70),
}


class PositionError(ValueError):
    pass


def parse_positions(text: str) -> dict[str, Position]:
    """'name=105,118,160; reason=105,183,140' -> positions (x, y, width in mm); blocks not named
    keep their default."""
    positions = dict(DEFAULT_POSITIONS)
    for item in filter(None, (part.strip() for part in text.split(";"))):
        key, sep, numbers = item.partition("=")
        key = key.strip()
        if not sep or key not in DEFAULT_POSITIONS:
            raise PositionError(f"'{item}': expected BLOCK=X,Y,WIDTH with BLOCK one of "
                                f"{', '.join(DEFAULT_POSITIONS)}")
        try:
            x, y, width = (float(n.replace(",", ".")) for n in numbers.split(","))
        except ValueError:
            try:
                x, y, width = (float(n) for n in numbers.replace(" ", "").split("/"))
            except ValueError as exc:
                raise PositionError(f"'{item}': X,Y,WIDTH must be three numbers in mm") from exc
        if not (0 <= x <= 210 and 0 <= y <= 297 and 10 <= width <= 210):
            raise PositionError(f"'{item}': outside the A4 page (210 x 297 mm)")
        positions[key] = Position(x, y, width)
    return positions


def format_positions(positions: Mapping[str, Position]) -> str:
    return "; ".join(f"{key}={p.x:g},{p.y:g},{p.width:g}" for key, p in positions.items())
