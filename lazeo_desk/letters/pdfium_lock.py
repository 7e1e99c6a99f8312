"""One lock for PDFium in the whole process.

PDFium is not thread-safe: a page drawn for the window's preview on a worker thread and a page redacted on another
must take turns. The window's renderer (``ui/pdf_pages.py``) and the redaction (``letters/redaction.py``) share this
lock; it is re-entrant so that work holding it may call code that takes it again.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
