"""API keys: kept only as SHA-256 hashes, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

from pydantic import SecretStr

from app.core.errors import Unauthorized


class ApiKeys:
    """The keys allowed to write (and to read, when reads are closed)."""

    def __init__(self, keys: list[SecretStr]) -> None:
        self._hashes = [_hash(k.get_secret_value()) for k in keys]

    def check(self, authorization: str | None) -> None:
        """Raise `Unauthorized` unless the header is `Bearer <a configured key>`."""
        if not self._hashes:
            raise Unauthorized("no API keys are configured: set ENTENTE_API_KEYS to allow writes")
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("send an API key as `Authorization: Bearer <key>`")
        candidate = _hash(token.strip())
        # Compare with every key, so timing says nothing about which one (or none) matched.
        matches = [hmac.compare_digest(candidate, known) for known in self._hashes]
        if not any(matches):
            raise Unauthorized("the API key is not valid")


def _hash(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()
