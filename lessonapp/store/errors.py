"""Errors the store raises on purpose; each message is a plain sentence for a person."""

from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do, said in words a teacher can act on."""


class UnknownAttempt(StoreError, LookupError):
    """No attempt has the id asked for."""


class UnknownProfile(StoreError, LookupError):
    """No profile has the id asked for."""
