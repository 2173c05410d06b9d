"""One ``documents`` row per document, folded over its citations in article order."""

from __future__ import annotations

from datetime import date

from dnnd_data.extract.documents import DocumentCitation


class CitationFold:
    """One document's fields folded over its citations in article order: the first
    stated issuer, date and subject win, and of a name the fullest spelling (a fold, so a
    corpus' citations need not all be held at once)."""

    def __init__(self, first: DocumentCitation) -> None:
        self.first = first
        self.issuer: str | None = None
        self.issued_on: date | None = None
        self.title: str | None = None
        self.n_mentions = 0

    def add(self, citation: DocumentCitation) -> None:
        """Count one more citation; keep the first value stated for each field."""
        self.n_mentions += 1
        self.issuer = self.issuer or citation.issuer
        self.issued_on = self.issued_on or citation.issued_on
        if citation.title_is_name and citation.title:
            # A name as written: the fullest spelling (the first of equal length).
            if self.title is None or len(citation.title) > len(self.title):
                self.title = citation.title
        else:
            self.title = self.title or citation.title

    def fields(self) -> dict[str, object]:
        """The ``documents`` row's values."""
        return {
            "document_id": self.first.document_id,
            "doc_type": self.first.doc_type,
            "number": self.first.number,
            "issuer": self.issuer,
            "issued_on": self.issued_on,
            "title": self.title,
            "n_mentions": self.n_mentions,
        }
