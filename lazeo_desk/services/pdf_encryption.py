"""A PDF locked with a password for the journey by e-mail (AES-256), and the password, generated once.

Health data sent by e-mail travel inside an encrypted file whose password goes by another channel (docs/rules.md,
Answering electronically; GDPR Art 32). The password is made of capitals and digits that cannot be mistaken for
one another when read aloud or copied from paper, in groups of four.
"""

from __future__ import annotations

import io
import math
import secrets

from lazeo_desk.domain.messages import said
from lazeo_desk.services.cases import CaseRuleError

# No I, L or O, no 0 or 1: each can be read as another on paper or over the phone.
PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PASSWORD_GROUPS = 5
GROUP_LENGTH = 4
# 20 characters of 31: about 99 bits, well above the 80 asked for a file that may be attacked offline.
PASSWORD_BITS = PASSWORD_GROUPS * GROUP_LENGTH * math.log2(len(PASSWORD_ALPHABET))


def generate_password() -> str:
    """A new password such as ``K7QM-3XHT-W9PA-ZC4R-N2FE`` (about 99 bits, from the system's secure source)."""
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(PASSWORD_GROUPS)
    )


def encrypt_pdf(pdf: bytes) -> tuple[bytes, str]:
    """``pdf`` encrypted with AES-256 under a new password, and that password (to be shown once, never stored).

    Raises :class:`CaseRuleError` (one line) when ``pdf`` is not a readable, unencrypted PDF.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    password = generate_password()
    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise CaseRuleError(said("the PDF to attach is already encrypted"))
        writer = PdfWriter(clone_from=reader)
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
        out = io.BytesIO()
        writer.write(out)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        if isinstance(error, CaseRuleError):
            raise
        raise CaseRuleError(said("the PDF to attach cannot be read ({reason})", reason=str(error))) from None
    return out.getvalue(), password
