"""Rows of the review table, without Qt: the next open one, the text matches after a change,
runs of rows to repaint."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice

NEXT_OPEN_PIECE = 2048  # rows looked at in one piece for the next open one


def next_open_row(visible: Sequence[int], decisions: Sequence[str],
                  after_row: int = -1) -> int | None:
    """The next row below `after_row` whose decision is open, from the top again after the
    last row (`after_row` itself last); None if no shown row is open. Looked for in pieces:
    the next open row is usually near, and a piece costs microseconds."""
    if not visible:
        return None
    start = min(max(after_row + 1, 0), len(visible))
    for first, stop in ((start, len(visible)), (0, start)):
        for piece in range(first, stop, NEXT_OPEN_PIECE):
            end = min(stop, piece + NEXT_OPEN_PIECE)
            shown = list(map(decisions.__getitem__, islice(visible, piece, end)))
            if "open" in shown:
                return piece + shown.index("open")
    return None


def is_matched(text_rows: Sequence[int] | None, p: int) -> bool:
    """Whether a position is among the ascending text matches (None: no text filter)."""
    if text_rows is None:
        return True
    at = bisect_left(text_rows, p)
    return at < len(text_rows) and text_rows[at] == p


def rematch(text_rows: list[int] | None, words: Sequence[str], texts: Sequence[str],
            positions: Sequence[int]) -> list[int] | None:
    """The text matches after rows changed (a note may now hold the words, or not); the
    list is changed in place, a few bisections instead of a pass over every row."""
    if text_rows is None or not words:
        return text_rows
    for p in positions:
        at = bisect_left(text_rows, p)
        held = at < len(text_rows) and text_rows[at] == p
        if all(word in texts[p] for word in words):
            if not held:
                text_rows.insert(at, p)
        elif held:
            del text_rows[at]
    return text_rows


def runs(rows: Sequence[int], limit: int = 64) -> list[tuple[int, int]]:
    """Consecutive rows as (first, last) ranges; beyond `limit` ranges one that spans them."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    if len(runs) > limit:
        return [(runs[0][0], runs[-1][1])]
    return runs
