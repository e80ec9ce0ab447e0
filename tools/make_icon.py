"""Draw the application icon: a red rounded square with a white 工 (the character of 工会).

Usage: python tools/make_icon.py
Writes resources/icons/unionapp-<size>.png for 16…512 px and resources/icons/unionapp.ico (all the
Windows sizes in one file). The character is drawn from three bars, not from a font, so the icon
looks the same on every machine and stays crisp at 16 px. Commit the files it writes."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
RED = (200, 22, 29, 255)  # the red of union emblems and 红头文件
DARK_RED = (150, 10, 18, 255)
WHITE = (255, 255, 255, 255)
SUPERSAMPLE = 4  # draw large, then scale down: smooth edges without anti-aliasing primitives


def draw(size: int) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    margin = round(big * 0.04)
    radius = round(big * 0.2)
    # A thin darker rim so the square stands out on a red or white desktop.
    d.rounded_rectangle((margin, margin, big - margin - 1, big - margin - 1), radius, fill=DARK_RED)
    rim = max(SUPERSAMPLE, round(big * 0.02))
    d.rounded_rectangle((margin + rim, margin + rim, big - margin - rim - 1, big - margin - rim - 1),
                        radius - rim, fill=RED)
    # 工: a top bar, a stem, and a wider bottom bar. Thicker strokes at small sizes stay legible.
    stroke = big * (0.13 if size <= 24 else 0.11)
    top_y, bottom_y = big * 0.25, big * 0.75 - stroke
    top_half, bottom_half = big * 0.27, big * 0.34
    centre = big / 2
    d.rectangle((centre - top_half, top_y, centre + top_half, top_y + stroke), fill=WHITE)
    d.rectangle((centre - bottom_half, bottom_y, centre + bottom_half, bottom_y + stroke), fill=WHITE)
    d.rectangle((centre - stroke / 2, top_y, centre + stroke / 2, bottom_y + stroke), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        target = OUT / f"unionapp-{size}.png"
        draw(size).save(target, optimize=True)
        written.append(target)
    ico = OUT / "unionapp.ico"
    # Pillow writes each requested size from the largest image given, so give it the 256 px one
    # and the small ones drawn on their own (append_images) for the thicker strokes.
    largest = draw(256)
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[draw(s) for s in ICO_SIZES if s != 256])
    written.append(ico)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
