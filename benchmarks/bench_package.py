"""Package benchmark: a 300-page answer package from mixed scans, built from the database; time and peak memory.

usage: python benchmarks/bench_package.py [--runs 3] [--keep DIR]

The enclosures are made once and stored in a fresh database: colour JPEG scans at 300 dpi, greyscale PNG scans at
200 dpi, a 20-page TIFF, a PDF of text pages, a PDF of scanned pages, and a CSV export of a few hundred rows. Each
run builds the package in a fresh process (``build_package`` as the window and the command line call it), so that
its peak resident memory is the package's own. Prints the median time and the largest peak over the runs.
The processor time is printed beside the elapsed time: on a machine shared with other work they differ.
Targets: under 15 s and under 500 MiB.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PIL import Image, ImageDraw  # noqa: E402  (after the path is set)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language  # noqa: E402
from lazeo_desk.domain.clock import FixedClock  # noqa: E402
from lazeo_desk.domain.rights import Right  # noqa: E402
from lazeo_desk.services.cases import CaseService  # noqa: E402
from lazeo_desk.services.enclosures import EnclosureService  # noqa: E402
from lazeo_desk.services.package import PackageService  # noqa: E402
from lazeo_desk.services.workplace import Workplace  # noqa: E402
from lazeo_desk.store.database import Database  # noqa: E402

MIB = 1024 * 1024
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
TARGET_SECONDS = 15.0
TARGET_MIB = 500


def _page_image(size: tuple[int, int], mode: str, seed: int) -> Image.Image:
    """A page-like scan: a header box, lines of "text" and a photo-like gradient block, slightly different each."""
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    width, height = size
    ink = "black" if mode == "L" else (20, 30, 90)
    draw.rectangle((width // 12, height // 14, width * 11 // 12, height // 6), outline=ink, width=max(2, width // 400))
    for line in range(40):
        y = height // 5 + line * height // 60
        draw.rectangle((width // 12, y, width * (6 + (line + seed) % 5) // 12, y + height // 160), fill=ink)
    for step in range(0, width // 3, 4):
        shade = (step * 255 // (width // 3) + seed * 7) % 255
        fill = shade if mode == "L" else (shade, 120, 255 - shade)
        draw.rectangle((width // 2 + step, height * 3 // 4, width // 2 + step + 4, height * 9 // 10), fill=fill)
    return image


def _saved(image: Image.Image, image_format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def enclosures() -> list[tuple[str, bytes, str]]:
    """(file name, bytes, source) of every enclosure: 300 pages once laid out."""
    files: list[tuple[str, bytes, str]] = []
    for number in range(120):  # colour scans, A4 at 300 dpi
        image = _page_image((2480, 3508), "RGB", number)
        files.append((f"scan-{number:03}.jpg", _saved(image, "JPEG", quality=85), "Dossier patient (scans)"))
    for number in range(60):  # greyscale scans, A4 at 200 dpi
        image = _page_image((1654, 2339), "L", number)
        files.append((f"fiche-{number:03}.png", _saved(image, "PNG"), "Fiches de consentement"))
    frames = [_page_image((1240, 1754), "L", number) for number in range(20)]
    files.append(("courriers.tif", _saved(frames[0], "TIFF", save_all=True, append_images=frames[1:]), "Courriers"))
    text_pdf = io.BytesIO()
    canvas = Canvas(text_pdf, pagesize=A4)
    for number in range(50):
        for line in range(45):
            canvas.drawString(60, 780 - line * 16, f"Consultation {number + 1}, ligne {line + 1}: compte rendu " * 2)
        canvas.showPage()
    canvas.save()
    files.append(("comptes-rendus.pdf", text_pdf.getvalue(), "Logiciel du centre"))
    scanned_pdf = io.BytesIO()
    canvas = Canvas(scanned_pdf, pagesize=A4)
    for number in range(40):
        jpeg = _saved(_page_image((1240, 1754), "RGB", number), "JPEG", quality=80)
        canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()
    files.append(("dossier-scanne.pdf", scanned_pdf.getvalue(), "Archives"))
    rows = ["date;centre;acte;praticien;montant"]
    rows += [f"2025-{1 + n % 12:02}-{1 + n % 28:02};Gent;Consultation {n};Dr Maes;{60 + n % 90}.00" for n in range(330)]
    files.append(("actes.csv", "\n".join(rows).encode(), "Facturation"))
    return files


def prepare(folder: Path) -> tuple[str, str, float, int]:
    """A database holding one case with every enclosure; returns its URL, the reference, the time spent enclosing
    (checking, hashing, storing) and the number of enclosure pages."""
    url = f"sqlite:///{folder / 'bench-package.sqlite3'}"
    db = Database(url, plain=True)
    try:
        place = Workplace(db, CLOCK, "Benchmark")
        reference = CaseService(place).open_case(
            Case(
                jurisdiction=Jurisdiction.BE, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 5),
                rights=(Right.ACCESS,),
                subject=DataSubject(name="Anaïs Peeters", email="anais@example.be",
                                    address=("Rue Haute 12", "1000 Bruxelles", "Belgique")),
            )
        )
        service = EnclosureService(place)
        files = folder / "files"
        files.mkdir(exist_ok=True)
        by_source: dict[str, list[Path]] = {}
        for name, content, source in enclosures():
            (files / name).write_bytes(content)
            by_source.setdefault(source, []).append(files / name)
        started = time.perf_counter()
        # As the command line and a drop on the window add them: a batch of files at a time.
        outcomes = []
        for source, paths in by_source.items():
            outcomes += service.add_files(reference, paths, source=source)
        seconds = time.perf_counter() - started
        refused = [outcome.line() for outcome in outcomes if outcome.stored is None]
        if refused:
            raise SystemExit("\n".join(refused))
        return url, reference, seconds, sum(outcome.stored.pages for outcome in outcomes if outcome.stored)
    finally:
        db.dispose()


def build_once(url: str, reference: str) -> dict[str, float]:
    """Run in a fresh process: build the package once; seconds, pages and the process's peak resident memory."""
    db = Database(url, plain=True)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        result = PackageService(Workplace(db, CLOCK, "Benchmark")).build_package(reference)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        db.dispose()
    return {"seconds": seconds, "cpu": cpu, "pages": result.pages, "peak": _peak_resident(), "bytes": len(result.pdf)}


def _peak_resident() -> int:
    """This process's peak resident memory in bytes. Linux keeps ``ru_maxrss`` across exec, so a child started by
    a parent that was once large reports the parent's peak; the memory map's own high-water mark does not."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    parser.add_argument("--build", nargs=2, metavar=("URL", "REF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build_once(*args.build)))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        url, reference, enclosing, pages = prepare(folder)
        print(f"enclosures: {pages} pages stored in {enclosing:.1f} s (checked, hashed, stored)")
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--build", url, reference], capture_output=True, text=True, check=True
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        seconds = statistics.median(run["seconds"] for run in runs)
        cpu = statistics.median(run["cpu"] for run in runs)
        peak = max(run["peak"] for run in runs) / MIB
        print(f"package: {int(runs[0]['pages'])} pages, {runs[0]['bytes'] / MIB:.1f} MiB of PDF")
        print(f"build time: median {seconds:.1f} s over {len(runs)} runs (target under {TARGET_SECONDS:.0f} s); "
              f"processor time {cpu:.1f} s (the two differ on a busy machine)")
        print(f"peak memory: {peak:.0f} MiB resident, whole process (target under {TARGET_MIB} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
