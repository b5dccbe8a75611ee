"""The mark of the award, as plain geometry (units of a 100 x 100 box, y down), so the
certificate (reportlab), the signet PNG (QPainter) and the signet SVG draw the same shape.

An original design: a rounded square with a window-like screen, a check mark in it and a
"send" arrow; no coat of arms, no borrowed artwork."""

from __future__ import annotations

BLUE = (0, 83, 159)  # #00539F
LIGHT_BLUE = (36, 120, 200)
WHITE = (255, 255, 255)

# Outline of the badge: a square with rounded corners.
BADGE_RADIUS = 18.0

# A screen (rounded rectangle outline) with a check mark inside, stroked in white.
SCREEN = (22.0, 24.0, 56.0, 40.0, 5.0)  # x, y, width, height, corner radius
SCREEN_STROKE = 4.5
STAND = ((42.0, 64.0), (58.0, 64.0), (62.0, 74.0), (38.0, 74.0))  # the foot, a trapezoid
CHECK = ((34.0, 44.0), (45.0, 54.0), (66.0, 33.0))  # polyline
CHECK_STROKE = 6.0
