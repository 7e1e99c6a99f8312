"""Scan-reading benchmark: generated request letters (fr, nl, en) scanned badly, read back and prefilled.

Run: ``.venv/bin/python benchmarks/bench_ocr.py [--letters N] [--seed S]``. Each letter is rendered with ReportLab,
drawn at 200 or 300 dpi, turned up to ±3°, speckled, JPEG-compressed or folded (tests/ocr_letters.py), then read by
:func:`lazeo_desk.services.scan_import.read_and_prefill`. Prints the share of letters whose name is read exactly,
whose postcode and city are, whose rights are exactly those asked; the median seconds per page, both on the clock
and in processor time (this process and Tesseract's), and the peak memory of each.
Targets: name and postcode+city ≥ 95 %, rights ≥ 90 %, ≤ 3 s per page, < 1 GiB. The e-mail, birth date, patient
number and the letter's own date are counted too.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lazeo_desk.services.scan_import import read_and_prefill  # noqa: E402
from lazeo_desk.services.scan_reading import TesseractEngine  # noqa: E402
from tests.ocr_letters import generated_scan  # noqa: E402


def _processor_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    engine = TesseractEngine()
    names = postal = rights = 0
    # Beyond the targets: the other fields, counted as read exactly (an unsure field left empty counts as missed).
    others = {"e-mail": 0, "birth date": 0, "patient number": 0, "letter's date": 0}
    clock_seconds: list[float] = []
    processor_seconds: list[float] = []
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(args.seed, args.seed + args.letters):
            letter, png = generated_scan(seed)
            path = Path(folder) / f"letter-{seed}.png"
            path.write_bytes(png)
            started, processor = time.perf_counter(), _processor_seconds()
            read = read_and_prefill(path, engine=engine)
            pages = max(len(read.reading.pages), 1)
            clock_seconds.append((time.perf_counter() - started) / pages)
            processor_seconds.append((_processor_seconds() - processor) / pages)
            prefill = read.prefill
            name_ok = prefill.name is not None and prefill.name.value == letter.name
            postal_ok = prefill.postal is not None and (
                f"{prefill.postal.value.postcode} {prefill.postal.value.city}" == letter.postcode_line
            )
            rights_ok = tuple(r.value for r in prefill.rights) == letter.rights
            others["e-mail"] += prefill.email is not None and prefill.email.value == letter.email
            others["birth date"] += prefill.birth_date is not None and prefill.birth_date.value == letter.birth_date
            others["patient number"] += (
                prefill.patient_number is not None and prefill.patient_number.value == letter.patient_number
            )
            others["letter's date"] += prefill.signed is not None and prefill.signed.value == letter.written
            names += name_ok
            postal += postal_ok
            rights += rights_ok
            if not (name_ok and postal_ok and rights_ok):
                misses.append(
                    f"letter {seed} ({letter.language}): name {prefill.name.value if prefill.name else None!r} "
                    f"for {letter.name!r}; postal {prefill.postal.value if prefill.postal else None} for "
                    f"{letter.postcode_line!r}; rights {[r.value.value for r in prefill.rights]} for "
                    f"{[r.value for r in letter.rights]}"
                )
    total = args.letters
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    engine_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"letters read: {total} (one A4 page each; Tesseract {engine.languages})")
    print(f"name exact:          {100 * names / total:5.1f} %   (target ≥ 95 %)")
    print(f"postcode and city:   {100 * postal / total:5.1f} %   (target ≥ 95 %)")
    print(f"rights asked:        {100 * rights / total:5.1f} %   (target ≥ 90 %)")
    also = ", ".join(f"{field} {100 * count / total:.1f} %" for field, count in others.items())
    print(f"also read exactly:   {also}")
    print(f"seconds per page:    {statistics.median(clock_seconds):5.2f} s on the clock, "
          f"{statistics.median(processor_seconds):5.2f} s of processor (median; target ≤ 3 s)")
    # A child's peak counts the pages it shares with this process between fork and exec: Tesseract's own peak is
    # at most the figure printed (about 80 MiB for one A4 page at 200 dpi, measured with /usr/bin/time -v).
    print(f"peak memory:         {own_peak:5.0f} MiB this process, at most {engine_peak:4.0f} MiB Tesseract "
          f"(target < 1 GiB)")
    if args.show_misses:
        for miss in misses:
            print("  miss:", miss)


if __name__ == "__main__":
    main()
