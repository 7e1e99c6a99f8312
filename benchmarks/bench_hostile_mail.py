"""Hostile e-mail benchmark: messages crafted to cost time or memory, each read the way the window and
``import-email`` read a file, in a fresh process, with its outcome, time and peak memory.

Run: ``.venv/bin/python benchmarks/bench_hostile_mail.py [--runs N] [--only NAME…]``. Every message is generated
here (nothing is downloaded) and stays within the 25 MiB file limit. Prints, per message, the outcome (the
draft's size, or the one-line refusal), then the median wall time and the median peak resident memory of the
reading process over N runs (its own high-water mark, the interpreter's start included: compare with the
"plain request" line).
"""

from __future__ import annotations

import argparse
import base64
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024
HEAD = b"From: Jan Peeters <jan.peeters@example.be>\r\nTo: dpo@lazeo.com\r\nDate: Mon, 09 Mar 2026 10:00:00 +0100\r\n"
REQUEST = b"Geachte,\r\n\r\nGraag inzage in mijn medisch dossier (artikel 15 AVG).\r\n\r\nJan Peeters\r\n"


def plain_request() -> bytes:
    return HEAD + b"Subject: Verzoek tot inzage\r\n\r\n" + REQUEST


def encoded_words_in_subject() -> bytes:
    # The attack of issue 13: 2.8 MB of encoded words drove the header registry to 24 GB.
    return HEAD + b"Subject: " + b" ".join([b"=?utf-8?q?inzage?="] * 200_000) + b"\r\n\r\n" + REQUEST


def encoded_words_under_the_limit() -> bytes:
    return HEAD + b"Subject: " + b"\r\n ".join([b"=?utf-8?q?inzage?="] * 999) + b"\r\n\r\n" + REQUEST


def empty_parts() -> bytes:
    return (
        HEAD
        + b'Subject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + b"--b\r\n\r\n" * 200_000
        + b"--b--\r\n"
    )


def _nested(depth: int, inner: bytes) -> bytes:
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (level, level) for level in range(depth)
    )
    return HEAD + b"Subject: nested\r\n" + opening + b"Content-Type: text/plain\r\n\r\n" + inner


def deep_nesting() -> bytes:
    return _nested(5_000, REQUEST)


def nesting_at_the_limit_and_many_lines() -> bytes:
    # The parser checks every line against every open boundary: the allowed depth times the allowed lines.
    return _nested(38, REQUEST + b"a\r\n" * 490_000)


def too_many_lines() -> bytes:
    return HEAD + b"Subject: lines\r\n\r\n" + REQUEST + b"\n" * (24 * MIB)


def huge_header_line() -> bytes:
    return HEAD + b"Subject: x\r\nX-Junk: " + b"a" * (20 * MIB) + b"\r\n\r\n" + REQUEST


def many_received_headers() -> bytes:
    received = b"Received: from relay.example.net by mx.lazeo.com; Mon, 09 Mar 2026 10:00:00 +0100\r\n"
    return received * 200_000 + HEAD + b"Subject: hops\r\n\r\n" + REQUEST


def long_references_under_the_limit() -> bytes:
    ids = b" ".join(b"<%d.thread@example.be>" % n for n in range(2_500))
    return HEAD + b"Subject: Re: inzage\r\nReferences: " + ids + b"\r\n\r\n" + REQUEST


def many_mailboxes_in_from() -> bytes:
    boxes = b", ".join(b"=?utf-8?q?N=C3=A9=20%d?= <n%d@example.be>" % (n, n) for n in range(900))
    return b"From: " + boxes + b"\r\nTo: dpo@lazeo.com\r\nSubject: many\r\n\r\n" + REQUEST


def nested_comments_in_from() -> bytes:
    return b"From: " + b"(" * 30_000 + b"\r\nSubject: comments\r\n\r\n" + REQUEST


def base64_text_bomb() -> bytes:
    # 24 MiB of base64 decoding to 18 MB of request text, read by every suggestion rule.
    text = (REQUEST.decode() * (18 * MIB // len(REQUEST))).encode()
    encoded = base64.encodebytes(text)
    return (
        HEAD
        + b"Subject: bomb\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + encoded
    )


def base64_attachment() -> bytes:
    payload = base64.encodebytes(bytes(range(256)) * (17 * MIB // 256))
    return (
        HEAD
        + b'Subject: scan\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + b'--b\r\nContent-Type: application/pdf; name="id.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + payload
        + b"--b--\r\n"
    )


def html_unclosed_tags() -> bytes:
    return (
        HEAD
        + b"Subject: html\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>inzage</p>"
        + b"<a " * (8 * MIB)
    )


def html_unclosed_comment() -> bytes:
    return HEAD + b"Subject: html\r\nContent-Type: text/html\r\n\r\n<p>inzage</p><!--" + b"-" * (20 * MIB)


def html_deep_tags() -> bytes:
    return HEAD + b"Subject: html\r\nContent-Type: text/html\r\n\r\n" + b"<div>" * (4 * MIB) + b"inzage"


def _attachments(disposition: bytes, count: int) -> bytes:
    part = b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: " + disposition + b"\r\n\r\n%PDF-1.4\r\n"
    return (
        HEAD
        + b'Subject: scan\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + part * count
        + b"--b--\r\n"
    )


def many_parameters() -> bytes:
    return _attachments(b"attachment" + b"; a=b" * 12_000, 1)


def hostile_parameter_text_in_every_part() -> bytes:
    # Costly for the header registry (about a second each); the structure headers are read as text instead.
    return _attachments(b'attachment; filename="' + b'<a> ""' * 4_000 + b'"', 190)


def attached_message_with_long_headers() -> bytes:
    inner = b"From: a@example.be\r\nSubject: " + b"=?utf-8?q?inzage?= " * 900 + b"\r\n\r\n" + REQUEST
    return (
        HEAD
        + b'Subject: fwd\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + b"--b\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"--b--\r\n"
    )


def forwarded_message_with_long_headers() -> bytes:
    # Written back as an .eml attachment: refolding each of these headers took a tenth of a second.
    inner = b"From: a@example.be\r\n" + b"X-Note: " + b"word " * 12_000 + b"\r\n"
    inner = inner + (b"X-Note: " + b"word " * 12_000 + b"\r\n") * 399 + b"\r\n" + REQUEST
    return (
        HEAD
        + b'Subject: fwd\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + b"--b\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"--b--\r\n"
    )


MESSAGES: dict[str, Callable[[], bytes]] = {
    "plain request": plain_request,
    "200,000 encoded words in Subject": encoded_words_in_subject,
    "999 encoded words in Subject (allowed)": encoded_words_under_the_limit,
    "200,000 empty MIME parts": empty_parts,
    "5,000 levels of nesting": deep_nesting,
    "38 levels and 490,000 lines (allowed)": nesting_at_the_limit_and_many_lines,
    "24 MiB of empty lines": too_many_lines,
    "a 20 MiB header line": huge_header_line,
    "200,000 Received headers": many_received_headers,
    "References of 2,500 ids (allowed)": long_references_under_the_limit,
    "900 encoded mailboxes in From": many_mailboxes_in_from,
    "30,000 nested comments in From": nested_comments_in_from,
    "base64 text of 18 MB": base64_text_bomb,
    "base64 attachment of 17 MiB": base64_attachment,
    "HTML: 8 Mi unclosed tags": html_unclosed_tags,
    "HTML: unclosed comment of 20 MiB": html_unclosed_comment,
    "HTML: 4 Mi nested tags": html_deep_tags,
    "attached message, 900 encoded words": attached_message_with_long_headers,
    "forwarded message, 400 headers of 60 KB": forwarded_message_with_long_headers,
    "Content-Disposition with 12,000 parameters": many_parameters,
    "190 parts, 24 KB of odd parameter text each": hostile_parameter_text_in_every_part,
}

# Runs in the child: read one file as import-email does, report outcome and timings as JSON.
CHILD = """
import json, resource, sys, time
from datetime import datetime
from zoneinfo import ZoneInfo
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.email_reading import IntakeRefused, read_message
clock = FixedClock(datetime(2026, 7, 10, 9, 0, tzinfo=ZoneInfo("Europe/Paris")))
start = time.perf_counter()
try:
    draft = read_message(sys.argv[1], clock=clock)
    outcome = f"read: {len(draft.body):,} characters of text, {len(draft.attachments)} attachment(s)"
except IntakeRefused as refusal:
    outcome = f"refused: {refusal}"
seconds = time.perf_counter() - start
# ru_maxrss keeps the high-water mark of the process that started this one (the benchmark, holding every
# message it generated); VmHWM is this program's own.
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_kib": peak}))
"""


def run_once(path: Path, timeout: float) -> dict[str, object]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"TIMEOUT after {timeout:.0f} s", "seconds": time.perf_counter() - started, "peak_kib": 0}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"outcome": f"CRASHED ({done.returncode}): {last}", "seconds": 0.0, "peak_kib": 0}
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run counts as a failure")
    parser.add_argument("--only", nargs="*", default=(), help="names (or parts of names) of the messages to run")
    args = parser.parse_args()
    chosen = {n: f for n, f in MESSAGES.items() if not args.only or any(o in n for o in args.only)}
    print(f"hostile e-mails, median of {args.runs} run(s) each, every one read in a fresh process")
    print(f"{'message':<42} {'size':>9} {'time':>9} {'peak RSS':>10}  outcome")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in chosen.items():
            path = Path(folder) / "message.eml"
            data = make()
            path.write_bytes(data)
            runs = [run_once(path, args.timeout) for _ in range(args.runs)]
            seconds = statistics.median(float(str(r["seconds"])) for r in runs)
            peak = statistics.median(int(str(r["peak_kib"])) for r in runs) / 1024
            outcome = str(runs[-1]["outcome"])
            print(f"{name:<42} {len(data) / MIB:>7.2f}Mi {seconds:>8.3f}s {peak:>8.0f}Mi  {outcome[:110]}", flush=True)


if __name__ == "__main__":
    main()
