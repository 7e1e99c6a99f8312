"""Redacting one term through a 50-page medical file, the term on every page (each page is then burnt to an image).

Run: ``.venv/bin/python benchmarks/bench_redaction.py [--rounds N] [--pages N]``. Prints the median time of a
redaction and the peak memory the Python allocator saw. Target: under 10 s for 50 pages.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
import tracemalloc

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lazeo_desk.letters.redaction import redact

TERM = "Jérôme Vandenbroucke"


def medical_file(pages: int) -> bytes:
    """``pages`` pages of consultation notes, each with forty lines, one of them naming a relative."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for number in range(pages):
        canvas.setFont("Helvetica", 10)
        for line in range(40):
            y = 800 - line * 18
            if line == 20:
                canvas.drawString(60, y, f"Page {number + 1}: accompanied by her brother {TERM}, phone 02/555.01.23.")
            else:
                canvas.drawString(60, y, f"Consultation {number + 1}.{line}: blood pressure 12/8, knee pain easing, "
                                  "exercises continued; next visit in three weeks.")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    pdf = medical_file(args.pages)
    times = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        redacted = redact(pdf, boxes=[], terms=[TERM], reason="other-persons")
        times.append(time.perf_counter() - started)
    assert redacted.report.passages == args.pages
    tracemalloc.start()
    redact(pdf, boxes=[], terms=[TERM], reason="other-persons")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"redact one term through {args.pages} pages: median {statistics.median(times):.2f} s "
          f"over {args.rounds} rounds (target < 10 s); {len(pdf) // 1024} KiB in, "
          f"{len(redacted.pdf) // 1024} KiB out; Python peak {peak / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
