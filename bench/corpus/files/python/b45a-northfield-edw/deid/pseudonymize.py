"""De-identification for the research data mart (HIPAA Safe Harbor + keyed pseudonyms).

- MRN / CSN / EPI ids -> HMAC-SHA256 pseudonyms (stable across extracts so researchers can link).
- Dates shifted by a per-patient offset in [-180, +180] days derived from the same key.
- Free-text notes go through Philter separately (see notes_pipeline.py).

The HMAC key is the re-identification risk: anyone holding it can rebuild the MRN -> pseudonym map.
Honest broker: Research IT (J. Whitcomb). Key escrow: Thales Luna HSM partition "NF-RESEARCH".
"""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import date, timedelta

# TODO(NF-DATA-402): read from the HSM-backed secret instead of the module constant
_PSEUDONYM_KEY = bytes.fromhex(os.environ.get("NF_DEID_HMAC_KEY", "⟦encryption_key_hex:deid⟧"))
# separate salt so date offsets can't be correlated with the pseudonyms
_DATE_SHIFT_SALT = os.environ.get("NF_DEID_DATE_SALT", "⟦aes256_key_b64:dateshift⟧").encode()

# an example pseudonym from the validation report (MRN 00000000 test patient) - not sensitive
_KNOWN_TEST_VECTOR = "⟦sha256:testvector⟧"


def pseudonym(kind: str, value: str) -> str:
    """kind is 'mrn', 'csn', 'epi'; returns 'NF' + 24 hex chars."""
    mac = hmac.new(_PSEUDONYM_KEY, f"{kind}:{value.strip().lstrip('0')}".encode(), hashlib.sha256)
    return "NF" + mac.hexdigest()[:24].upper()


def date_offset_days(mrn: str) -> int:
    h = hashlib.sha256(_DATE_SHIFT_SALT + mrn.encode()).digest()
    return int.from_bytes(h[:4], "big") % 361 - 180


def shift(d: date | None, mrn: str) -> date | None:
    return None if d is None else d + timedelta(days=date_offset_days(mrn))


def generalize_zip(zip5: str, restricted_zip3: frozenset[str]) -> str:
    z3 = (zip5 or "")[:3]
    return "000" if z3 in restricted_zip3 else z3


def age_bucket(birth: date, on: date) -> str:
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return "90+" if age >= 90 else str(age)
