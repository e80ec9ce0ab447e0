"""Open the PDFs the printing tests make: text per page (pypdf), embedded fonts, pages rendered
to images (pypdfium2, the renderer the preview uses) and QR codes read back with zxing-cpp."""

from __future__ import annotations

import zxingcpp
from pypdf import PdfReader


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def all_text(path) -> str:
    """Text of every page with line breaks removed, so wrapped phrases are found whole."""
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def embedded_fonts(path) -> dict[str, bool]:
    """BaseFont name → whether its program is embedded (FontFile2: TrueType), over all pages."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font.get("/BaseFont"))] = "/FontFile2" in descriptor
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources"))
    return found


def render_page(path, index: int = 0, dpi: int = 200):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[index].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()


def decode_qr_codes(image) -> list[str]:
    return sorted(r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))


def text_boxes(path, index: int, needle: str) -> list[tuple[float, float, float, float]]:
    """Bounding box (left, bottom, right, top, in points) of each occurrence of `needle`."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[index].get_textpage()
        search = textpage.search(needle)
        boxes = []
        while (hit := search.get_next()) is not None:
            start, count = hit
            chars = [textpage.get_charbox(i) for i in range(start, start + count)]
            boxes.append((min(c[0] for c in chars), min(c[1] for c in chars),
                          max(c[2] for c in chars), max(c[3] for c in chars)))
        return boxes
    finally:
        pdf.close()


def page_count(path) -> int:
    return len(PdfReader(str(path)).pages)
