"""The member photo's shape (DESIGN §2.2): a 1-inch portrait, 25 × 35 mm, stored as a 295 × 413 px
JPEG (300 dpi), the size the member card and the 会员登记表 print it at. The crop dialog (Qt) and
the bulk photo import (Pillow) both take their numbers and their first frame from here, so a
photo looks the same whichever way it came in."""

from __future__ import annotations

PORTRAIT_SIZE = (295, 413)  # 25 × 35 mm at 300 dpi
ASPECT = PORTRAIT_SIZE[0] / PORTRAIT_SIZE[1]
JPEG_QUALITY = 90
# Faces sit in the upper part of most photos: when the frame is shorter than the picture, this
# share of the spare height goes above it (0.5 would centre it).
SPARE_ABOVE = 0.3


def portrait_frame(width: float, height: float) -> tuple[float, float, float, float]:
    """(left, top, frame width, frame height) of the largest 25:35 frame inside a picture of
    `width` × `height`: full height or full width as the picture's shape allows, centred across,
    and placed a little above the middle when the picture is taller than the frame."""
    frame_height = min(height, width / ASPECT)
    frame_width = frame_height * ASPECT
    return (width - frame_width) / 2, (height - frame_height) * SPARE_ABOVE, frame_width, frame_height
