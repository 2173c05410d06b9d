"""Stable ids, minted in one place (like zavod's ``make_id``): a prefix and the first hex
digits of a sha256 of what identifies the record."""

from __future__ import annotations

import hashlib


def article_id_for(normalized_text: str) -> str:
    """Stable id from the normalized text (before boilerplate removal, so rule changes
    do not renumber articles)."""
    return "a_" + hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def event_id_for(kind: str, identity: object) -> str:
    """``e_`` + 12 hex digits of sha256 of kind and identity."""
    return "e_" + hashlib.sha256(f"{kind}:{identity}".encode()).hexdigest()[:12]


def document_id_for(doc_type: str, number: str) -> str:
    """``d_`` + 12 hex digits of sha256 of type and number."""
    return "d_" + hashlib.sha256(f"{doc_type}:{number}".encode()).hexdigest()[:12]


def person_id_for(name: str) -> str:
    """``p_`` + 12 hex digits of sha256 of the canonical name."""
    return "p_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
