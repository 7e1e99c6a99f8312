"""Files to enclose, made on the spot: PDFs, scans, exports, and hostile files of each kind the checks refuse."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

BOOKINGS_CSV = "date;centre;acte\n2025-01-02;Gent;Consultation\n2025-02-03;Gent;Laser Ë\n".encode()
BOOKINGS_JSON = (
    b'{"bookings": [{"date": "2025-01-02", "centre": "Gent", "practitioner": "Dr Maes"},'
    b' {"date": "2025-02-03", "centre": "Antwerpen", "practitioner": "Dr Claes"}]}'
)
INVOICES_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?><invoices><invoice id="F-1"><amount>120.00</amount>'
    b"<date>2025-01-02</date></invoice><invoice id=\"F-2\"><amount>80.00</amount><date>2025-02-03</date>"
    b"</invoice></invoices>"
)


def pdf_with_pages(count: int, words: str = "Dossier page") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, count + 1):
        canvas.drawString(72, 720, f"{words} {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scan(size: tuple[int, int] = (1240, 1754), *, image_format: str = "JPEG", mode: str = "RGB") -> bytes:
    """A page-like image: a frame and a few bars, saved as ``image_format``."""
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle((width // 10, height // 10, width * 9 // 10, height // 4), outline="black", width=6)
    for line in range(8):
        y = height // 3 + line * height // 20
        draw.rectangle((width // 10, y, width * (5 + line % 4) // 10, y + height // 80), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def multi_page_tiff(frames: int) -> bytes:
    pages = [Image.new("L", (620, 877), 255 - 20 * index) for index in range(frames)]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_pages(2))))
    writer.encrypt("secret", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def broken_pdf() -> bytes:
    """A PDF header with nothing readable behind it."""
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00\xff garbage " * 50


def huge_pdf(pages: int) -> bytes:
    """A valid PDF of ``pages`` pages written by hand (one shared empty content stream), a few bytes a page."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>"
        % (pages, b" ".join(b"%d 0 R" % (4 + index) for index in range(pages))),
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG that declares ``width`` × ``height`` pixels in a few hundred bytes (a decompression bomb's header)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * 16
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(row)) + _chunk(b"IEND", b"")


def truncated_png() -> bytes:
    whole = scan((800, 600), image_format="PNG")
    return whole[: len(whole) // 2]
