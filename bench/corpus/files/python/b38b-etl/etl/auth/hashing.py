"""Password hashing helpers for the ETL admin UI, plus the known-answer vectors the tests use.

None of the values below are credentials: they are hashes (one-way), salts and digests.
"""
import hashlib
import hmac

from argon2 import PasswordHasher
import bcrypt

_ph = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)

# Known-answer vectors. The plaintexts are in tests/vectors.txt.
BCRYPT_VECTOR = "⟦bcrypt_hash⟧"
ARGON2_VECTOR = "⟦argon2_hash⟧"
SHA256_VECTOR = "⟦sha256⟧"
SHA1_LEGACY_VECTOR = "⟦sha1⟧"

# Digest of the seed file shipped in the wheel; checked at import time.
SEED_FILE_SHA256 = "⟦sha256:seed⟧"

PASSWORD_MIN_LENGTH = 12
PASSWORD_FIELD = "password"
RESET_TOKEN_BYTES = 32


def hash_password(plain: str) -> str:
    return _ph.hash(plain)


def verify_password(stored: str, plain: str) -> bool:
    if stored.startswith("$2b$"):
        return bcrypt.checkpw(plain.encode(), stored.encode())
    try:
        return _ph.verify(stored, plain)
    except Exception:
        return False


def file_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
